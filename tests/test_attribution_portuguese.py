"""Who says it in Portuguese, as Lusa, Agência Brasil and the Portuguese and Brazilian dailies write it: the subject
after the verb ("disse o ministro", "afirmou a polícia"), "segundo", "de acordo com", "para" (whose view), the
prepositions fused with their article ("disse à Lusa", "citado pela RTP"), a subject dropped after a quote or at
the end of a sentence of reported speech ("…, acrescentou."), and the clause before a comma that is no speaker."""
from desktop.engine.model import NOT_READ, Source
from desktop.engine.pipeline import compare
from attributions_found import found_in


def _attributions(text: str) -> list[tuple[str, str, str]]:
    """(who, kind, cue) of every attribution the engine finds in ``text``."""
    return found_in(text, "relatorio.txt", lang="pt")


def test_a_speaker_after_the_verb_and_a_source_after_a_preposition():
    found = _attributions('"A situação está controlada", disse o ministro da Administração Interna. '
                          "Dois homens foram detidos durante a noite, afirmou a polícia. "
                          "Segundo fontes próximas da investigação, o suspeito fugiu pela janela. "
                          "De acordo com a Reuters, a empresa vai despedir 300 trabalhadores. "
                          "Para o presidente da câmara, a decisão do Governo é injusta.")
    assert found == [("o ministro da Administração Interna", "person", "disse"),
                     ("a polícia", "organisation", "afirmou"),
                     ("fontes próximas da investigação", "anonymous", "Segundo"),
                     ("a Reuters", "outlet", "De acordo com"),
                     ("o presidente da câmara", "person", "Para")]  # one office: a person the reader can name


def test_named_speakers_outlets_and_dropped_subjects():
    found = _attributions("O porta-voz dos bombeiros, Paulo Reis, informou que o incêndio foi dominado. "
                          '"Não houve feridos", declarou Silva aos jornalistas. "Vamos reconstruir a escola", '
                          "garantiu. A GNR disse à RTP que o condutor fugiu. A estrada foi reaberta, informou o "
                          "porta-voz.")
    assert found[:2] == [("O porta-voz dos bombeiros, Paulo Reis", "person", "informou"),
                         ("Silva", "person", "declarou")]  # not "Silva aos jornalistas"
    assert ("garantiu", "person", "garantiu") in found  # the verb stands for Silva, as "a-t-il assuré" would
    assert ("A GNR", "organisation", "disse à") in found and ("RTP", "outlet", "disse à") in found  # "à": "a" + "a"
    assert found[-1] == ("o porta-voz", "anonymous", "informou")  # a spokesperson the report leaves unnamed


def test_a_subject_dropped_at_the_end_of_reported_speech():
    found = _attributions('"Não podemos garantir a segurança das crianças", disse à Lusa a diretora clínica, Teresa '
                          "Albuquerque. As crianças serão encaminhadas para o Hospital de Braga, a cerca de 60 "
                          "quilómetros, acrescentou.")
    assert ("a diretora clínica, Teresa Albuquerque", "person", "disse à") in found
    assert found[-1][0] == "acrescentou" and found[-1][1] == "person"  # not "encaminhadas para o Hospital de Braga"


def test_a_clause_before_the_comma_is_no_speaker_and_a_phrase_ends_at_a_verb():
    assert _attributions("A Polícia Federal deflagrou nesta terça-feira uma operação contra um grupo de fraude, "
                         "informou a corporação em nota.")[0] == ("a corporação", "organisation", "informou")
    found = _attributions("A Polícia Federal prendeu 12 suspeitos em quatro estados, informou a estatal.")
    assert not any(who.startswith("A Polícia Federal") for who, _, _ in found)  # a clause: "prendeu" is its verb
    found = _attributions("Procurado pelo G1, o advogado de um dos presos, Rodrigo Mattos, afirmou que o cliente é "
                          "inocente. O suspeito, procurado pela polícia desde março, foi detido no Porto.")
    assert ("G1", "outlet", "Procurado pelo") in found  # a medium that asked; "procurado pela polícia": wanted
    assert not any(who == "polícia" or who.startswith("polícia") for who, _, _ in found)
    found = _attributions("Passageiros ouvidos pela RTP queixaram-se de não terem sido avisados a tempo.")
    assert ("RTP", "outlet", "ouvidos pela") in found  # not "RTP queixaram-se": the verb ends the phrase


def test_a_portuguese_version_of_a_claim_is_read_for_its_sources():
    """The sample's Financial Times claim in Portuguese had "not read in this language"."""
    from pathlib import Path

    from desktop.export.markdown import render_markdown

    samples = Path(__file__).parents[1] / "resources" / "samples"
    ft = (samples / "ttn-financial-times.txt").read_text(encoding="utf-8")
    portuguese = ("A Rússia pediu à China equipamento militar para apoiar a invasão da Ucrânia, segundo "
                  "funcionários norte-americanos citados pelo Financial Times.\n")
    comp = compare([Source("ft.txt", ft), Source("pt.txt", portuguese)])
    said_b = [line for line in render_markdown(comp).splitlines() if line.startswith("- B: ")]
    assert said_b and NOT_READ not in "\n".join(said_b)
    assert any("funcionários norte-americanos" in line for line in said_b)


def test_what_qa_reports_read_wrong_in_portuguese():
    """From QA helpers' Portuguese reports (a cup final, an election): words of another language's lists and a
    first name that is a Portuguese word."""
    found = _attributions('"Esta equipa nunca deixa de acreditar", afirmou o treinador do Lorvena, Anders Holmqvist. '
                          '"Foi uma noite perfeita", acrescentou o técnico sueco. O Sarrenda marcou primeiro, num '
                          "livre direto. Com esta vitória, o Lorvena garante presença na fase de grupos.")
    assert found == [("o treinador do Lorvena, Anders Holmqvist", "person", "afirmou"),
                     ("o técnico sueco", "person", "acrescentou")]  # the coach named before, not someone unnamed;
    #          "livre" is free, not the French book; "garante presença": secures it
    assert _attributions("O Governo garantiu aos jornalistas que a ponte abre amanhã.") == [
        ("O Governo", "organisation", "garantiu")]
    found = _attributions("A líder progressista, Marta Kessel, vai agora negociar uma coligação. "
                          '"Os eleitores escolheram a mudança", disse Kessel aos apoiantes.')
    assert found == [("Kessel", "person", "disse")]  # "marta" is a word (a marten), here a first name


def test_a_declared_state_of_emergency_is_an_act():
    """From a QA helper's wildfire report: "declarou o estado de emergência" read as the president's statement."""
    assert _attributions("A presidente da região, Elena Marquesi, declarou o estado de emergência na quarta-feira de "
                         "manhã.") == []
    assert _attributions("O governo declarou três dias de luto nacional.") == []
    assert _attributions("O ministro declarou que o estado de emergência foi levantado.") == [
        ("O ministro", "person", "declarou")]


def test_words_shared_with_spanish_keep_their_portuguese_sense():
    """"o Ministério Público" is the public prosecutor, "ao Público" the daily; "ao que parece" is "apparently",
    while "um parecer" (a legal opinion) is a document; "ao canal SIC Notícias" is a medium."""
    found = _attributions("Segundo o Ministério Público, o detido tinha 34 anos. A ministra disse ao Público que não "
                          "houve falhas. Ao que parece, o fogo começou num armazém, disse o comandante. Um parecer da "
                          "Procuradoria-Geral da República conclui que o contrato é ilegal. O ministro disse ao canal "
                          "SIC Notícias que o plano avança.")
    who = [(w, k) for w, k, _ in found]
    assert ("o Ministério Público", "organisation") in who and ("Público", "outlet") in who
    assert ("o comandante", "person") in who and not any("parece" in w for w in who)
    assert ("Um parecer da Procuradoria-Geral da República", "document") in who
    assert ("canal SIC", "outlet") in who


def test_garantir_before_an_infinitive_and_a_statement_made_in_a_communique():
    """"garantiu não ter recebido", "assegurou estar": what was said, not a thing secured; "informou em comunicado a
    Proteção Civil": the document and the body that issued it; a time between the verb and its speaker."""
    found = _attributions("O autarca garantiu não ter recebido qualquer aviso da Proteção Civil. A ministra assegurou "
                          "estar em contacto com as autoridades. Três estradas continuam cortadas, informou em "
                          "comunicado a Proteção Civil. A ponte vai ser reaberta na sexta-feira, afirmou ontem à noite "
                          "o presidente da câmara. As aulas foram suspensas, afirmou na segunda-feira o presidente da "
                          "câmara.")
    assert ("O autarca", "person", "garantiu") in found and ("A ministra", "person", "assegurou") in found
    assert ("comunicado", "document", "em") in found and ("a Proteção Civil", "organisation", "informou") in found
    assert [w for w, _, c in found if c == "afirmou"] == ["o presidente da câmara"] * 2
    assert _attributions("O clube assegurou o título na última jornada.") == []  # it won the title


def test_a_company_with_its_article_and_the_national_importer_are_bodies():
    """A QA helper's recall report: "a Norvane afirmou" (Portuguese puts an article before a company's name) and
    "segundo o importador nacional" (an unnamed company) were two named persons in the sourcing column."""
    found = _attributions("Em comunicado, a Norvane afirmou que vai contactar todos os proprietários. Em Portugal, "
                          "estão abrangidas cerca de 2.300 viaturas, segundo o importador nacional.")
    assert found == [("comunicado", "document", "Em"), ("a Norvane", "organisation", "afirmou"),
                     ("o importador nacional", "organisation", "segundo")]
    found = _attributions("A ministra Ana Costa visitou a fábrica na segunda-feira. Mais tarde, a Costa afirmou que o "
                          "Governo vai apoiar os trabalhadores.")
    assert ("a Costa", "person", "afirmou") in found  # a surname the report gave with a first name stays a person
