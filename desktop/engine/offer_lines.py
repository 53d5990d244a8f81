"""A publication's offer to its reader, in the six languages the engine reads: "Subscribe to Vital Health magazine: 12
issues for £24.99.", "Abonnez-vous à Santé Magazine : 12 numéros pour 24,99 €", "Suscríbete a nuestro boletín",
"Jetzt abonnieren: 12 Ausgaben für nur 24,99 Euro", "Iscriviti alla newsletter", "Assine a revista: 12 edições por
24,99 euros", "Get 12 issues for just £24.99".

The page's or the magazine's promotion, not a claim of the report (read as one, its price and its count of issues were
key figures only that report gave). A sentence of the line opens with the call (to subscribe, to sign up, or to get,
try or receive something) and names what is offered: a newsletter, a magazine or its issues, a free trial, and for
a call to subscribe a price too (in its sentence, or, the call alone, in the line: "… 12 issues for £24.99.
Subscribe today."). A report's sentences about prices or subscribers ("Netflix raised its subscription
price to £12.99 a month", "Les abonnés paieront 24,99 € par an") call no one, and a call to subscribe to something
else ("Subscribe to the DVSA recall alerts …", a consumer's advice) names no offer: they stay.
"""
from __future__ import annotations

import re

# the calls, as a sentence opens with them: to subscribe or sign up (a price is an offer after them) …
_SUBSCRIBE = (r"subscribe|sign up|abonnez-vous|abonne-toi|inscrivez-vous|inscris-toi|suscr[ií]bete|"
              r"suscr[ií]base|inscr[ií]bete|reg[ií]strate|reg[ií]strese|hazte socio|abonnieren sie|jetzt abonnieren|"
              r"abonniere|abonnieren|melden sie sich|registrieren sie sich|abbonati|abbonatevi|iscriviti|iscrivetevi|"
              r"registrati|assine|assina|subscreva|inscreva-se|registe-se|cadastre-se")
# … or to take what is offered (an offer must be named after them)
_TAKE = (r"get|try|claim|receive|enjoy|recevez|essayez|profitez|commandez|recibe|reciba|aprovecha|"
         r"bestellen sie|jetzt bestellen|sichern sie sich|testen sie|lesen sie|ricevi|approfitta|receba|"
         r"experimente|aproveite")
_CALL = re.compile(rf"(?i)(?:^|[.!?]\s+)[*_]*(?:(?P<subscribe>{_SUBSCRIBE})|(?P<take>{_TAKE}))(?![\w-])")
_OFFERED = re.compile(
    r"(?i)\b(?:newsletters?|lettre d'information|boletín|boletim|notiziario|magazine|magazin|zeitschrift|revista|"
    r"rivista|revue|issues|numéros|números|ausgaben|hefte|numeri|edições|exemplaires|free trial|essai gratuit|"
    r"prueba gratuita|probeabo|prova gratuita|teste grátis|digital subscription|abonnement numérique|"
    r"suscripción digital|digital-?abo|abbonamento digitale|assinatura digital|our|notre|nos|nuestr[oa]s?|unser\w*|"
    r"nostr[oa]|nostri|nossa|nosso|nossas|nossos)\b")
_PRICE = re.compile(r"[€£$]\s?\d|\d(?:[\d.,]*\d)?\s?(?:[€£$]|euros?\b|eur\b|dollars?\b|pounds?\b|reais\b)", re.I)
MAX_WORDS = 40


def offer_line(text: str) -> bool:
    """The line (emphasis marks aside) holds a sentence that calls its reader to subscribe, sign up or take an offer,
    and names the offer."""
    t = text.strip()
    if len(t.split()) > MAX_WORDS:
        return False
    for call in _CALL.finditer(t):
        subscribe = call.group("subscribe") is not None
        if _offer(t if subscribe else _object(t[call.end():]), subscribe):  # a call to subscribe alone, its offer
            return True  # before it: "… 12 issues for £24.99. Subscribe today."
    return False


def _object(rest: str) -> str:
    """What a call to take something takes: the words right after it, up to a comma or a stop ("Get 12 issues for
    just £24.99", not "Try as they might, the rescuers could not reach the magazine's offices")."""
    return " ".join(re.split(r"[,;:.!?]", rest, maxsplit=1)[0].split()[:_OBJECT_WORDS])


_OBJECT_WORDS = 6


def _offer(text: str, subscribe: bool) -> bool:
    """``text`` names an offer: what is offered, or a price for a call to subscribe."""
    return _OFFERED.search(text) is not None or (subscribe and _PRICE.search(text) is not None)
