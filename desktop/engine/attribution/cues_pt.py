"""Portuguese words that mark who says something (see ``cues``), as written in Portugal and in Brazil: verbs of
saying by their lemmas (and the participles simplemma reads as another word: "dito", "referido"), "segundo", "de
acordo com", "conforme", a dropped subject ("«…», acrescentou."), and the prepositions fused with their article
("do", "da", "no", "na", "ao", "à", "pelo", "pela"), which the lists carry as words of their own."""
from __future__ import annotations

from .cue_fields import Cues

_DAYS = """segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo segunda terça quarta quinta
    sexta ontem hoje anteontem""".split()
_BY = ("por", "pelo", "pela", "pelos", "pelas")  # "citado pela agência Lusa"

PT = Cues(
    say=frozenset("""dizer afirmar declarar garantir assegurar sublinhar salientar destacar explicar acrescentar
        adiantar precisar indicar referir informar anunciar confirmar negar desmentir admitir reconhecer revelar
        relatar contar denunciar acusar criticar lamentar insistir reiterar recordar lembrar estimar considerar
        acreditar defender responder replicar retorquir esclarecer comentar alertar avisar advertir prometer
        concluir frisar apontar realçar reforçar sustentar escrever testemunhar confessar comunicar elogiar
        condenar recomendar rejeitar propor sugerir argumentar ressaltar enfatizar detalhar pormenorizar
        assinalar observar avaliar prever calcular contabilizar classificar justificar
        dito afirmado declarado garantido assegurado sublinhado explicado acrescentado adiantado referido
        informado anunciado confirmado negado admitido revelado
        declaração declarações comentário comentários entrevista entrevistas""".split()),
    sourcing=(("segundo",), ("de", "acordo", "com"), ("conforme",), ("citando",), ("nas", "palavras", "de"),
              ("nas", "palavras", "do"), ("nas", "palavras", "da"), ("na", "opinião", "de"), ("na", "opinião", "do"),
              ("na", "opinião", "da"), ("na", "visão", "de"), ("na", "visão", "do"), ("na", "visão", "da"))
    + tuple((form, by) for form in """citado citada citados citadas ouvido ouvida ouvidos ouvidas consultado
        consultada consultados consultadas publicado publicada publicados publicadas divulgado divulgada
        divulgados divulgadas obtido obtida obtidos obtidas noticiado noticiada noticiados noticiadas avançado
        avançada avançados avançadas entrevistado entrevistada entrevistados entrevistadas contactado contactada
        contatado contatada procurado procurada procurados procuradas""".split() for by in _BY),  # "citado pela agência Lusa", "como avançou o Expresso"
    to_outlet=frozenset({"a", "à", "ao", "às", "aos", "em", "na", "no", "com", "para"}),  # "disse à Lusa",
    #                                                                                   "afirmou ao Público"
    verb_group=frozenset("""tem têm tinha tinham teria teriam terá terão há havia haviam haveria se não nunca também
        já ainda depois então entretanto igualmente lhe lhes o a os as me nos te foi foram era eram é são está
        estão esteve estiveram sido vai vão ia iam pode podem pôde puderam poderá poderão poderia poderiam deverá
        deverão deveria deveriam deve devem quis quiseram quer querem voltou voltaram veio vieram acabou
        acabaram""".split() + _DAYS),  # "não quis comentar", "voltou a afirmar", "veio dizer"
    stop_np=frozenset("""que quem qual quais cujo cuja cujos cujas onde e ou mas porém porque pois quando se enquanto
        como é são era eram será serão foi foram tem têm tinha tinham havia haviam teria teriam terá deve devem
        pode podem poderá deverá não""".split()),
    det=frozenset("""o a os as um uma uns umas do da dos das no na nos nas ao à aos às pelo pela pelos pelas num numa
        dois duas três quatro vários várias alguns algumas este esta estes estas esse essa esses essas aquele
        aquela seu sua seus suas""".split()),
    complement=frozenset({"de", "do", "da", "dos", "das", "d"}),
    pronouns={"ele": "one", "ela": "one", "eles": "many", "elas": "many"},
    impersonal=frozenset(),
    titles=frozenset("""sr sra senhor senhora dr dra doutor doutora presidente ministro ministra porta-voz secretário
        secretária diretor diretora director directora chefe general governador governadora senador senadora
        deputado deputada prefeito prefeita juiz juíza procurador procuradora promotor promotora advogado
        advogada embaixador embaixadora comissário comissária coronel capitão tenente sargento comandante
        professor professora vice-presidente fundador fundadora dirigente representante delegado delegada papa
        bispo arcebispo cardeal rei rainha príncipe princesa autarca vereador vereadora inspetor inspector
        inspetora superintendente treinador treinadora presidenta bastonário bastonária líder
        secretário-geral""".split()),
    offices=frozenset("""presidente presidenta ministro ministra prefeito prefeita governador governadora autarca
        procurador procuradora secretário secretária embaixador embaixadora papa rei rainha bastonário
        secretário-geral""".split()),
    roles=frozenset("""responsável responsáveis fonte fontes testemunha testemunhas diplomata diplomatas autor
        autores investigador investigadores investigadora investigadoras cientista cientistas analista analistas
        especialista especialistas perito peritos perita peritas pessoa pessoas gente membro membros funcionário
        funcionários funcionária funcionárias oficial oficiais vizinho vizinhos vizinha vizinhas morador
        moradores moradora moradoras residente residentes observador observadores militar militares familiar
        familiares família famílias médico médicos médica médicas agente agentes socorrista socorristas
        trabalhador trabalhadores trabalhadora trabalhadoras empregado empregados manifestante manifestantes
        estudante estudantes vítima vítimas passageiro passageiros advogados sobrevivente sobreviventes mãe pai
        filho filha irmão irmã marido esposa mulher homem parlamentar parlamentares candidato candidata
        ativista ativistas activista activistas sindicalista sindicalistas assessor assessores assessora técnico
        técnicos dirigentes porta-vozes interlocutor economista economistas""".split()),
    nouns=frozenset("comentário comentários declaração declarações entrevista entrevistas".split()),
    preps=frozenset("a de para sem por em ao do da".split()),
    passive=frozenset({"sido", "foi", "foram"}),
    stop_forward=frozenset("""em a ao à aos às perante durante após antes depois sobre para desde com num numa no na nesta
        neste""".split() + _DAYS),
    human_endings=("ista", "istas", "dor", "dores", "dora", "doras"),  # "investigadores", "jornalistas"
    participles=("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
    indefinite=frozenset({"um", "uma", "uns", "umas"}),
    documents_only=frozenset({"mostrar"}),
    with_que=frozenset({"sustentar", "defender", "propor"}),
    stressed={"ele": "one", "ela": "one", "eles": "many", "elas": "many"},  # "segundo ele"
    after_quote=frozenset("prosseguir continuar brincar ironizar rematar atirar desabafar".split()),
    other_sense=frozenset({"reconhecer", "confiar"}),
    varies=frozenset("variar variável variáveis depender diferir mudar oscilar".split()),
    inside=frozenset({"em", "num", "numa", "no", "na"}),  # "em comunicado", "num comunicado", "na nota"
    documents=frozenset({"parecer", "pareceres"}),  # "um parecer da Procuradoria" (Spanish "al parecer": apparently)
    drops_subject=True,
    verb_after_sourcing=True,  # "segundo informou a polícia"
)
