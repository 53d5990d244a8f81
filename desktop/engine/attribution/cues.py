"""Words that mark who says something, per language: the hand-written lists ``attribution`` reads.

Verbs are lemmas (simplemma's, lower case); the other lists hold lower-case word forms. Only general news
vocabulary belongs here (verbs of saying, nouns of roles, documents and institutions, well-known outlets),
never phrases of particular reports. French, English and Spanish have lists here, German, Italian and Portuguese
theirs in ``cues_de``, ``cues_it`` and ``cues_pt``; other languages find nothing yet.
"""
from __future__ import annotations

from .cue_fields import Cues
from .cues_de import DE
from .cues_it import IT
from .cues_pt import PT


FR = Cues(
    say=frozenset("""déclarer dire affirmer indiquer ajouter expliquer préciser annoncer assurer avertir confirmer
        démentir estimer souligner relever révéler rapporter raconter confier reconnaître admettre nier prévenir
        répondre juger considérer croire penser insister déplorer dénoncer accuser suggérer noter observer
        conclure marteler écrire rappeler commenter témoigner signaler promettre exprimer qualifier condamner
        avancer prétendre concéder regretter saluer informer évoquer mentionner constater craindre
        redouter espérer affirmé parler rétorquer répliquer ironiser refuser commentaire démenti
        confirmé déclaration entretien tribune montrer averti relevé relève nié cru accusé qualifié condamné
        estime interview rejeter plaider soutenir note réagir résumer résumé juge requérir requis dément démentent redire réclamer pointer
        exclamer relayer tweeter tweeté
        défendre défendu interroger inquiéter féliciter réjouir douter alerter écrit remercier martelé martèle
        protester remarquer exiger exigé critiquer fustiger contester recommander préconiser plaider
        pointé maintenir rappeler sommer sommé sommée réjoui argumenter prôner proposer prononcer prononcé indigner insurger
        étonner répéter réaffirmer réitérer stipuler opposer élever déchaîner exhorter demander prédire contredire
        offusquer relater décrire souvenir enjoindre exclure soupçonner avouer entrevue clamer pronostiquer""".split()),
    sourcing=(("selon",), ("d'après",), ("de", "source"), ("citant",), ("par", "la", "voix", "de"),
              ("du", "point", "de", "vue", "de"), ("du", "point", "de", "vue", "du"))
    + tuple((form, "par") for form in """consulté consultée consultés consultées obtenu obtenue obtenus obtenues
        interrogé interrogée interrogés interrogées cité citée cités citées publié publiée publiés publiées diffusé
        diffusée diffusés diffusées présenté présentée présentés présentées contacté contactée contactés
        contactées joint jointe joints jointes dévoilé dévoilée dévoilés dévoilées""".split()),
    #     "… consulté par l'AFP", "un entretien publié par La Provence", "une affaire dévoilée par le Parisien"
    to_outlet=frozenset({"à", "au", "aux", "sur", "pour"}),  # "à l'AFP", "sur RTL"
    verb_group=frozenset("""a ont avait avaient aurait auraient aura est sont était étaient été se s ne n pas
        plus jamais également aussi encore déjà ensuite alors notamment lui leur y en fait aucun toutefois
        cependant pourtant bien même d'ailleurs hier dimanche lundi mardi mercredi jeudi vendredi samedi
        récemment le la les me te nous vous souhaité voulu ailleurs va vont allait allaient effet ainsi auparavant
        pourra pourront pourrait pourraient devra devrait devraient doit doivent peuvent souvent parfois toujours pu
        souhaite souhaitait souhaitent souhaitaient veut voulait veulent voulaient pouvait pouvaient""".split()),  # "n'a pas souhaité commenter"
    stop_np=frozenset("""que qu qui dont où et ou or donc mais car puis quand lorsque si alors tandis comme ne a ont avait
        avaient est sont était étaient sera seront aurait auraient va vont doit peut lequel laquelle lesquels lesquelles
        auquel auxquels auxquelles duquel desquels desquelles""".split()),
    det=frozenset("le la les l un une des du d de deux trois quatre plusieurs certains certaines ces ce cette"
                  " son sa ses leur leurs".split()),
    complement=frozenset({"de", "du", "des", "d"}),
    pronouns={"il": "one", "elle": "one", "ils": "many", "elles": "many"},
    impersonal=frozenset({"on"}),
    titles=frozenset("""m mme mlle président présidente ministre porte-parole conseiller conseillère secrétaire
        directeur directrice chef cheffe général générale gouverneur gouverneure sénateur sénatrice député députée
        maire juge procureur avocat avocate ambassadeur ambassadrice commissaire colonel capitaine lieutenant sergent
        commandant professeur docteur dr premier première vice-président patron patronne pdg fondateur
        fondatrice dirigeant dirigeante représentant représentante négociateur porte-parole délégué déléguée
        pape lama archevêque évêque cardinal monseigneur mgr imam rabbin pasteur abbé curé préfet préfète
        roi reine prince princesse émir cheikh sultan procureure magistrate""".split())
    | frozenset(f"{title}-{deputy}" for title in "ministre maire procureur procureure directeur directrice secrétaire "
                "commissaire préfet préfète chef".split() for deputy in ("adjoint", "adjointe")),  # "le ministre-adjoint"
    roles=frozenset("""responsable responsables source sources proche proches témoin témoins diplomate diplomates
        auteur auteure auteurs chercheur chercheurs scientifique scientifiques épidémiologiste épidémiologistes
        analyste analystes expert experts personne personnes gens leader leaders assistant assistante époux
        fonctionnaire fonctionnaires officiel officiels
        enquêteur enquêteurs membre membres collaborateur collaborateurs conseiller conseillers habitant
        habitants observateur observateurs militaire militaires entourage représentant représentants
        spécialiste spécialistes interlocuteur délégation services famille voisin voisins policier policiers
        pompier pompiers secouriste secouristes médecin médecins juriste juristes banquier banquiers ouvrier
        ouvriers salarié salariés manifestant manifestants élu élus étudiant étudiants riverain riverains
        infirmière infirmières soldat soldats opposant opposants partisan partisans victime victimes famille
        familles parent parents survivant survivants rescapé rescapés passager passagers avocat avocats
        magistrat magistrats témoignage témoignages mère père fils fille frère sœur soeur mari épouse oncle
        tante cousin cousine maman papa grand-mère grand-père otage otages ex-otage internaute internautes
        blogueur blogueurs trader traders collègue collègues femme homme parlementaire parlementaires
        participant participants élue élues acteur acteurs actrice actrices militant militants militante
        militantes employé employés employée employées candidat candidats candidate candidates écrivain
        écrivains politologue politologues sociologue sociologues correspondant correspondante correspondants
        correspondantes chercheuse chercheuses envoyé envoyée""".split()),
    nouns=frozenset("commentaire commentaires déclaration entretien entretiens entrevue tribune interview".split()),
    preps=frozenset("à de d pour sans afin par en".split()),
    passive=frozenset({"été"}),
    stop_forward=frozenset("en à au aux lors pendant durant devant avant après sur pour dans depuis lundi mardi mercredi jeudi"
                           " vendredi samedi dimanche hier".split()),
    human_endings=("eur", "eurs", "iste", "istes", "ien", "iens", "ienne", "iennes"),
    participles=("é", "ée", "és", "ées", "is", "u", "us"),
    offices=frozenset("""président présidente ministre premier première maire gouverneur gouverneure procureur
        secrétaire préfet préfète porte-parole chef directeur directrice pdg ambassadeur ambassadrice chancelier chancelière
        commissaire pape lama archevêque évêque cardinal""".split()),
    indefinite=frozenset({"un", "une"}),
    documents_only=frozenset({"montrer"}),
    with_que=frozenset({"soutenir", "maintenir", "proposer", "exclure"}),  # not "propose un hivernage", "proposé par le ministère"
    stressed={"lui": "one", "elle": "one", "eux": "many", "elles": "many"},
    after_quote=frozenset("""poursuivre lancer enchaîner renchérir glisser souffler tempêter continuer brocarder
        tacler lâcher cingler plaisanter agacer emporter développer modérer nuancer tempérer supputer analyser
        détailler soupirer sourire trancher amuser abonder menacer justifier enthousiasmer crier scander
        reprendre""".split()),
    other_sense=frozenset({"reconnaître", "confier", "interroger"}),
    varies=frozenset("varier variable variables différer différent différente différents différentes dépendre"
                     " fluctuer changer évoluer moduler".split()),  # "très variable selon les fournisseurs"
    inside=frozenset({"dans"}),
)

EN = Cues(
    say=frozenset("""say tell stated add explain announce confirm deny claim report warn note insist acknowledge
        answer disagree push think
        praise welcome pledge propose dispute disclose
        admit reveal describe suggest believe estimate write declare comment indicate allege argue assert
        caution predict testify recall reply respond label condemn denounce decline refuse accuse contend maintain
        stress emphasise emphasize conclude concede complain urge promise vow speculate quote statement
        interview told said says telling saying adds added labelled reject plead show lament deplore regret
        insistence remarks consider find wonder doubt fear ask criticize criticise protest demand apologize
        apologise recommend expect forecast tweet tweeted tweets express expressed observe outline branded
        branding hope rule blame assure exclaim exclaimed exclaims""".split()),
    sourcing=(("according", "to"), ("citing",), ("quoting",))
    + tuple((form, "by") for form in "seen obtained reviewed cited quoted interviewed published distributed aired"
            " broadcast".split()),  # "… seen by Reuters", "a statement distributed by Business Wire"
    to_outlet=frozenset({"to", "with", "on"}),  # "told Reuters", "on CNN"
    verb_group=frozenset("""has have had was were is are be been being do does did not n't also later then
        previously earlier already again still just reportedly yesterday today monday tuesday wednesday
        thursday friday saturday sunday would will could can cannot may might must should however first initially
        originally widely never now""".split()),
    stop_np=frozenset("""that who which whom whose what where when while and or but because if as has have had was
        were is are will would could can cannot may might should""".split()),
    det=frozenset("the a an another two three four several some many these those his her their its one".split()),
    complement=frozenset({"of"}),
    pronouns={"he": "one", "she": "one", "they": "many", "it": "it"},
    impersonal=frozenset(),
    titles=frozenset("""mr mrs ms dr president minister spokesman spokeswoman spokesperson secretary director undersheriff
        chief governor senator representative rep mayor judge prosecutor attorney lawyer ambassador
        commissioner general colonel captain lieutenant sergeant commander professor prime vice chairman
        chairwoman ceo founder leader head publicist manager agent sheriff officer detective pope archbishop bishop
        cardinal imam rabbi pastor reverend anchor presenter correspondent columnist editor counselor
        counsellor king queen prince princess sheikh emir sultan coach trainer inspector superintendent constable
        trooper warden sgt lt capt cpl det insp supt cmdr col gen maj adm pvt atty const chancellor councillor
        councilman councilwoman deputy corporal admiral marshal prefect""".split()),  # ranks written short
    #    ("Police Sgt. Marty Earley", "Gen. Mark Milley", "Det. John Smith")
    roles=frozenset("""official officials source sources person people witness witnesses diplomat diplomats
        lecturer lecturers economist economists historian historians academics scholar scholars
        commentator commentators consultant consultants strategist strategists campaigner campaigners
        author authors co-author specialist specialists researcher researchers scientist scientists doctor
        physician physicians epidemiologist epidemiologists
        analyst analysts expert experts aide aides member members investigator investigators resident residents
        observer observers adviser advisers advisor advisors insider insiders friend friends delegation
        family neighbour neighbours neighbor neighbors services doctors staff students soldiers victims
        relatives parents survivors passengers nurses lawyers officers testimony testimonies mother father son
        daughter brother sister husband wife uncle aunt cousin hostage hostages trader traders bloggers colleague
        colleagues critics critic woman man economist economists strategist strategists employee employees
        participant participants mp mps gp gps medic medics paramedic paramedics rescuer rescuers villager villagers
        nurse lawyer soldier student victim passenger relative survivor deputy deputies prosecutors jurors
        protesters demonstrators lawmakers producer producers cops owner owners seamen sailor sailors
        detective detectives blogger activist activists pair couple duo trio""".split()),
    nouns=frozenset("comment comments statement statements interview interviews insistence remarks".split()),
    preps=frozenset("to of for without by".split()),
    passive=frozenset("was were been is are be being".split()),
    stop_forward=frozenset("to in on at during after before for since yesterday monday tuesday wednesday thursday"
                           " friday saturday sunday".split()),
    human_endings=("ers", "ists", "ians", "ors", "ologist", "grapher", "ician", "onomist"),  # "an oceanographer"
    participles=(),
    offices=frozenset("""president minister prime mayor governor prefect prosecutor secretary head
        chancellor ambassador chairman chairwoman ceo commissioner pope archbishop bishop cardinal""".split()),
    indefinite=frozenset({"a", "an"}),
    documents_only=frozenset({"show", "find"}),  # "the data showed", "a report found"
    with_que=frozenset({"maintain", "hold", "rule"}),  # "the Law Lords have ruled", not "ruled the country"
    stressed={"him": "one", "her": "one", "them": "many"},
    after_quote=frozenset("continue continued continues joke joked quip quipped threaten threatened threatens justify"
                          " justified justifies read reads chant chanted chanting shout shouted shouting fume fumed"
                          " fumes rage raged rages blast blasted blasts slam slammed slams gush gushed gushes beam"
                          " beamed beams storm stormed seethe seethed sob sobbed weep wept scream screamed roar roared"
                          " boast boasted brag bragged rant ranted snap snapped".split()),
    #              "…," the FBI complaint reads; protesters chanted "Thieves!" (a quote after the verb will do);
    #              a tabloid's "…," fumed his lawyer Jana Dvořáková (a QA helper's extradition reports)
    other_sense=frozenset(),
    varies=frozenset("vary varies varied varying differ different range ranging change changes".split()),
    inside=frozenset({"in"}),
)

ES = Cues(
    say=frozenset("""decir afirmar declarar asegurar señalar indicar explicar añadir agregar precisar manifestar
        sostener subrayar destacar advertir apuntar comentar reconocer admitir negar desmentir confirmar anunciar
        informar revelar relatar contar denunciar acusar criticar lamentar insistir reiterar recordar estimar
        considerar creer opinar responder replicar contestar aclarar expresar mencionar mantener calificar alertar
        avisar prometer defender argumentar concluir puntualizar enfatizar valorar reclamar exigir rechazar proponer
        sugerir escribir detallar testificar confesar narrar pronunciar comunicar tuitear admitir matizar
        elogiar condenar pronosticar augurar cifrar recomendar rehusar coincidir
        dicho afirmado asegurado declarado señalado indicado explicado añadido agregado precisado informado
        anunciado confirmado reconocido negado advertido manifestado destacado subrayado sostenido
        declaración declaraciones comentario comentarios entrevista entrevistas""".split()),
    sourcing=(("según",), ("de", "acuerdo", "con"), ("citando", "a"), ("en", "palabras", "de"),
              ("a", "juicio", "de"), ("a", "juicio", "del"), ("en", "palabras", "del"))
    + tuple((form, "por") for form in """consultado consultada consultados consultadas citado citada citados
        citadas publicado publicada publicados publicadas difundido difundida difundidos difundidas obtenido
        obtenida obtenidos obtenidas revelado revelada revelados reveladas entrevistado entrevistada
        entrevistados entrevistadas contactado contactada contactados contactadas""".split()),
    #     "… citado por la cadena CNN", "un informe publicado por El País"
    to_outlet=frozenset({"a", "al", "en", "con", "para"}),  # "declaró a EFE", "dijo al diario", "en la radio"
    verb_group=frozenset("""ha han había habían habría habrían habrá se no nunca también ya además luego entonces
        hoy ayer anoche lunes martes miércoles jueves viernes sábado domingo le les lo la los las me nos este esta
        recientemente posteriormente asimismo incluso igualmente quiso quisieron pudo pudieron podido hacer hizo
        declinó declinaron rehusó rehusaron podrá podrán podría podrían deberá deberán debería deberían puede pueden
        va van iba iban prevé prevén pretende pretenden quiere quieren
        ha querido han querido sido fue fueron era eran es son está están""".split()),  # "no quiso hacer comentarios"
    stop_np=frozenset("""que quien quienes cual cuales cuyo cuya cuyos cuyas donde y e o u pero sino pues porque
        cuando si mientras como ha han había habían es son era eran será serán fue fueron habría habrían""".split()),
    det=frozenset("el la los las lo un una unos unas del al dos tres cuatro varios varias algunos algunas este"
                  " esta estos estas ese esa esos esas su sus".split()),
    complement=frozenset({"de", "del"}),
    pronouns={"él": "one", "ella": "one", "ellos": "many", "ellas": "many"},
    impersonal=frozenset(),
    titles=frozenset("""sr sra srta don doña presidente presidenta ministro ministra portavoz consejero consejera
        secretario secretaria director directora jefe jefa general gobernador gobernadora senador senadora
        diputado diputada alcalde alcaldesa juez jueza fiscal abogado abogada embajador embajadora comisario
        comisaria coronel capitán teniente sargento comandante profesor profesora doctor doctora dr dra
        vicepresidente vicepresidenta fundador fundadora dirigente representante negociador delegado delegada
        papa obispo arzobispo cardenal rey reina príncipe princesa jeque emir sultán canciller inspector
        subsecretario subsecretaria magistrado magistrada concejal concejala consejero-delegado""".split()),
    roles=frozenset("""responsable responsables fuente fuentes testigo testigos diplomático diplomáticos autor
        autores investigador investigadores investigadora investigadoras científico científicos analista
        analistas experto expertos experta expertas persona personas gente miembro miembros funcionario
        funcionarios funcionaria funcionarias oficial oficiales vecino vecinos vecina vecinas residente
        residentes observador observadores militar militares allegado allegados especialista especialistas
        interlocutor familia familias familiar familiares médico médicos médica médicas policía policías
        agente agentes bombero bomberos rescatista rescatistas socorrista socorristas trabajador trabajadores
        trabajadora trabajadoras empleado empleados empleada empleadas manifestante manifestantes estudiante
        estudiantes víctima víctimas pasajero pasajeros abogados sobreviviente sobrevivientes superviviente
        supervivientes madre padre hijo hija hermano hermana esposo esposa marido mujer hombre parlamentario
        parlamentarios participante participantes activista activistas candidato candidata candidatos usuario
        usuarios agricultor agricultores sindicalista sindicalistas colaborador colaboradores asesor asesores
        asesora técnico técnicos directivo directivos portavoces mandatario mandataria""".split()),
    nouns=frozenset("comentario comentarios declaración declaraciones entrevista entrevistas".split()),
    preps=frozenset("a de para sin por en al del".split()),
    passive=frozenset({"sido", "fue", "fueron"}),
    stop_forward=frozenset("en a al ante durante tras antes después sobre para desde con lunes martes miércoles jueves"
                           " viernes sábado domingo ayer hoy".split()),
    human_endings=("ista", "istas", "dor", "dores", "dora", "doras"),  # "investigadores", "periodistas"
    participles=("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
    offices=frozenset("""presidente presidenta ministro ministra alcalde alcaldesa gobernador gobernadora fiscal
        secretario secretaria portavoz jefe jefa director directora embajador embajadora canciller papa rey
        reina""".split()),
    indefinite=frozenset({"un", "una", "unos", "unas"}),
    documents_only=frozenset({"mostrar"}),
    with_que=frozenset({"sostener", "mantener", "proponer"}),
    stressed={"él": "one", "ella": "one", "ellos": "many", "ellas": "many"},
    after_quote=frozenset("""proseguir continuar bromear ironizar zanjar sentenciar remachar apostillar rematar
        lanzar concluir""".split()),
    other_sense=frozenset({"reconocer", "confiar"}),
    varies=frozenset("variar variable variables depender diferir cambiar oscilar".split()),
    inside=frozenset({"en"}),  # "indicó en un comunicado"
    drops_subject=True,
    verb_after_sourcing=True,
)

CUES = {"fr": FR, "en": EN, "es": ES, "de": DE, "it": IT, "pt": PT}
# Verbs of saying whose object is the news itself ("La Russie a demandé à la Chine une aide", "a exhorté la France à"):
# cues only as "se demander" or with their speaker, but words of the claim when two reports are compared (``mutual``)
REQUESTS = frozenset({"demander", "exhorter", "pedir", "exhortar"})

# Nouns of things that say something: a statement, a cable, a court filing (every language, lower case).
# Pictures that show something ("Des vidéos publiées sur les réseaux sociaux montrent"): documents as subjects, never
# read from "dans"/"in" ("dans les jeux vidéo", "in video games", "dans une vidéo diffusée en novembre, elle apparaît")
VISUALS = frozenset("vidéo vidéos video videos photos".split())
DOCUMENTS = frozenset("""communiqué câble rapport déclaration document documents lettre note plainte audit étude
    arrêté ordonnance circulaire avis prévisions décision message expertise expertises analyse analyses test tests
    post
    décret arrêt jugement mémo mémorandum courrier courriel e-mail pétition sondage enquête acte procès-verbal
    statement cable report indictment filing complaint memo memorandum letter document study survey petition
    ruling judgment judgement verdict affidavit transcript email release data records données lawsuit autopsy autopsie
    recours réquisitions
    editorial éditorial analysis papers règlement règles rules warrant images footage enregistrement
    enregistrements recording guidance guidelines leaflet book livre ouvrage figures statistics statistiques chiffres
    décompte tally manifesto register estimates estimations bilan decree decrees assessment assessments column op-ed
    sondeo sondeos
    chronique blog charges
    comunicado informe carta documento estudio encuesta sentencia denuncia querella resolución decreto demanda
    acta memorando correo mensaje expediente dictamen cifras datos registro grabación grabaciones imágenes
    publicación estimación estimaciones análisis evaluación évaluation atestado recuento
    mitteilung erklärung bericht studie dokument dokumente gutachten urteil anklage anklageschrift umfrage statistik
    protokoll analyse stellungnahme pressemitteilung
    nota comunicato rapporto relazione lettera documento studio indagine sondaggio sentenza denuncia esposto
    decreto ordinanza perizia verbale dati stime analisi
    relatório estudo inquérito sondagem pesquisa mensagem despacho acórdão sentença denúncia queixa
    auditoria dados estatísticas balanço boletim gravação gravações publicação estimativa estimativas análise
    avaliação""".split()) | VISUALS

# Legal forms closing a company's name, as written and only in last place ("France Telecom SA"; not "sa", the French
# possessive, nor "Washington AG Bob Ferguson")
COMPANY_SUFFIXES = frozenset("SA Plc PLC plc AG GmbH NV SpA LLC Ltd Inc Corp SE AB ASA Oyj SGPS KK SAS SARL".split())
# Words that close a company's name, capitalised ("Valdremont Automobiles", "Norland Motors", "Tencent Holdings"),
# lower case: no person's surname (not "Steel", "Banks", "Capital")
COMPANY_WORDS = frozenset("""automobiles automotive motors holdings industries industrie technologies pharmaceuticals
    pharma airways aerospace foods brands entertainment logistics investments petroleum chemicals telecom
    telecommunications communications networks solutions semiconductors therapeutics biosciences énergies
    assurances""".split())

# Nouns heading a named or unnamed institution speaking as one (every language, lower case).
INSTITUTIONS = frozenset("""gouvernement ministère ministre département maison parquet police gendarmerie armée
    ambassade consulat tribunal cour conseil commission parlement assemblée sénat congrès parti banque caisse
    entreprise société groupe compagnie association fédération syndicat agence office bureau institut
    université observatoire fondation préfecture mairie état état-major pentagone kremlin élysée matignon onu otan
    government ministry department house police army embassy consulate court tribunal council commission
    parliament assembly senate congress party bank company corporation group association federation union
    agency office institute university pentagon kremlin administration authorities autorités
    justice juridiction direction management présidence presidency ligue league inspection
    alliance comité committee fondation foundation coopérative cooperative chambre chamber hôpital hospital cellule
    panel
    clinique clinic école school autorité authority conseil board fonds fund services service systems utility
    district county organisation organization organisme startup start-up tank brand platform
    réseau network laboratoire laboratory inc llc ltd corp plc gmbh force intersyndicale coalition mission
    fabricant constructeur équipementier opérateur distributeur transporteur assureur géant enseigne firme
    promoteur chancellerie club église church filiale subsidiary body cabinet
    maker manufacturer carmaker automaker retailer giant operator firm insurer airline carrier lender airways airlines
    shipowner armateur mining holdings industries technologies resources minerals chemicals pharmaceuticals motors
    airport airports aéroport aeropuerto aeroporto flughafen port harbour
    telecom telecoms
    military venture coentreprise consortium conglomerate conglomérat regulator régulateur watchdog
    center centers centre centres observatory navy academy académie regime junta chancellery charity
    coastguard prosecution accusation defence defense défense protection protezione protección
    gobierno ministerio policía guardia ejército embajada consulado juzgado corte fiscalía consejo comisión
    parlamento asamblea senado congreso partido banco empresa compañía sociedad grupo asociación federación
    sindicato agencia oficina instituto universidad fundación ayuntamiento alcaldía presidencia administración
    autoridades autoridad dirección junta comité departamento bancada clínica escuela servicio servicios organización organismo
    laboratorio fuerza coalición misión fabricante operador aseguradora aerolínea firma consorcio regulador
    centro academia régimen iglesia cámara defensa acusación cancillería generalitat xunta
    exploitant gestionnaire gestor control
    regierung ministerium polizei feuerwehr staatsanwaltschaft gericht verwaltung behörde behörden konzern firma
    gesellschaft gewerkschaft verband partei bundesbank amt institut universität stiftung kommission rat bundestag
    landtag klinikum krankenhaus klinik betreiber hersteller bundeswehr unternehmen zentralbank landkreis gemeinde
    governo ministero polizia carabinieri procura tribunale consiglio commissione camera senato partito banca
    azienda società gruppo associazione federazione sindacato ufficio istituto università fondazione comune
    regione prefettura questura esercito ospedale vigili accusa agenzia amministrazione compagnia vettore
    governo ministério polícia exército embaixada tribunal procuradoria câmara prefeitura assembleia senado
    congresso partido banco empresa companhia sociedade grupo associação federação sindicato agência instituto
    universidade fundação autoridades autoridade direção direcção comissão conselho hospital escola serviço
    serviços organização laboratório coligação fabricante operadora seguradora consórcio regulador centro
    academia igreja proteção protecção acusação defesa autarquia município ministério-público judiciária
    bombeiros unidade entidade órgão corporação assessoria administração
    importer importers exporter importateur exportateur importador importadora exportador importatore esportatore
    importeur exporteur distributor distribuidor distribuidora distributore
    autorità ente regolatore organismo""".split())  # a trial's parties: "l'accusation"; "l'exploitant de
#   l'aéroport", "air traffic control" (not "contrôle": "les 5.200 contrôles effectués n'ont révélé" are checks)

# Nouns of media and the names of a few widely quoted outlets and news agencies (lower case).
OUTLET_WORDS = frozenset("""journal quotidien hebdomadaire magazine radio télévision chaîne presse agence site
    newspaper daily weekly tv television network channel times news post press herald tribune gazette
    telegraph journal chronicle globe ledger courier dispatch bulletin wire blog blogs media médias broadcaster
    periódico diario semanario revista cadena emisora televisión televisora agencia prensa medios
    zeitung tageszeitung wochenzeitung magazin sender rundfunk fernsehen nachrichtenagentur presse-agentur
    giornale quotidiano settimanale rivista emittente televisione testata agenzia
    jornal diário semanário rádio televisão canal emissora imprensa""".split())
OUTLETS = frozenset("""afp ap reuters bloomberg cnn bbc nbc abc cbs msnbc fox rfi tf1 bfmtv lci rtl franceinfo francetvinfo
    monde figaro libération parisien échos express mediapart ouest-france guardian politico axios info
    dpa ansa efe xinhua tass ria itar-tass twitter facebook linkedin instagram youtube tiktok bfm x threads bluesky
    telegram forbes insider cnbc npr pbs wsj huffpost vox euronews france24 rtbf rts spiegel nikkei yonhap kyodo
    interfax anadolu sputnik jazeera rmc lancet bmj jama nejm jdd cbc radio-canada skynews
    bernama jiji belga lusa clarín infobae excélsior televisa telemundo univision rtve tve
    bild zdf ard faz taz handelsblatt n-tv ntv apa adnkronos agi rai mediaset tgcom24 corriere
    rtp sic tvi folha estadão uol g1""".split())  # "x": the platform, written capitalised ("sur X", "on X")
# Outlets whose own spelling is lower case ("selon franceinfo", "révèle franceinfo"): names wherever they stand.
LOWER_CASE_OUTLETS = frozenset("franceinfo francetvinfo mediapart euronews bfmtv france24".split())  # in OUTLETS too
# Magazines named by a common word: outlets only when written capitalised ("told People", "au Point", "à Elle").
CAPITALISED_OUTLETS = frozenset("people us time fortune newsweek vogue elle marianne point wired star sun mirror mail"
                                " independent examiner inquirer sentinel register observer público expresso observador"
                                " globo".split())
# Outlets known by an acronym that is also a common abbreviation ("10 ft") or a first name ("Sana Mir", "Mena
# Massoud"): outlets only when written in capitals (the FT, Iran's IRNA and ISNA, Syria's SANA, Egypt's MENA …).
CAPITALS_OUTLETS = frozenset({"ft", "nyt", "irna", "isna", "kcna", "sana", "mena", "ians", "wam", "qna"})
# Nouns that close a publication's name when written capitalised ("the Australian Financial Review", "Harvard Business
# Review"; "after U.S. review" is no medium)
CLOSING_OUTLET_WORDS = frozenset({"review", "digest", "gazette", "quarterly", "monthly"})

# Words a sentence may open with before its source ("Mais selon Yahoo, …", "But Yahoo and Google denied …")
OPENERS = frozenset("mais et or pourtant cependant toutefois néanmoins ainsi but and yet however still pero y"
                    " además aber und doch jedoch allerdings ma e però tuttavia inoltre".split())
# … and the subordinators a clause opens with ("While the UN watchdog and U.S. officials say …", "Alors que …")
SUBORDINATORS = frozenset("while whereas although though because since if when as alors tandis que qu si quand "
                          "lorsque puisque comme mientras aunque porque cuando während obwohl weil wenn wie mentre sebbene"
                          " perché quando poiché come".split())
