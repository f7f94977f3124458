# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); "human trafficking" explained in the help texts, shorter footer and notes, new say-on-phone
### Texts the bot uses on every screen.

footer-emergency = Panganib? 110 (pulis), 119 (ambulansya, bumbero): libreng tawag, araw at gabi.

use-buttons = Pindutin ang mga button sa ibaba. Hindi sine-save ang tina-type mo.
use-buttons-above = Pindutin ang mga button sa itaas. Hindi sine-save ang tina-type mo.

# Comma-separated words that, typed at any point, bring the emergency answer at once.
emergency-words = tulong, tulungan mo ako, tulungan nyo ako, tulungan niyo ako, tulungan mo ko, saklolo, sagipin mo ako, iligtas mo ako, pulis, tumawag ng pulis, panganib, delikado, emerhensiya, tulungan, sos, 110, 119, tulungan nyo po ako, tulungan nio ako, tulongan, saklulo, sagipin nyo ako, iligtas nyo ako, emerhensya
self-harm-words = gusto ko nang mamatay, gusto kong mamatay, gusto ko na mamatay, magpakamatay, magpapakamatay, pagpapakamatay, ayoko nang mabuhay, ayoko ng mabuhay, patayin ko sarili ko, saktan ko sarili ko, sasaktan ko sarili ko, gusto ko ng mamatay, ayoko na mabuhay, ayaw ko nang mabuhay, ayaw ko na mabuhay, papatayin ko sarili ko, papatayin ko ang sarili ko, sasaktan ko ang sarili ko, mamatay na lang, magpakamatay na lang
self-harm-answer = Salamat sa pagsabi mo sa amin. Mahalaga ka, at hindi mo kailangang pasanin ito nang mag-isa. Kung baka masaktan mo ang sarili mo ngayon, tumawag sa 119 (ambulansya) o 110 (pulis): libre, araw at gabi. Sa 110, sabihin ang pangalan ng wika mo para magkaroon ng interpreter.

emergency-answer =
    Kung nasa panganib ka ngayon, tumawag sa 110 (pulis).
    Kung may nasaktan o may sunog, tumawag sa 119 (ambulansya, bumbero).
    Parehong libre ang mga ito at sumasagot araw at gabi.

## Opening times (Japan time). $time is like 9:00.

when-always = Laging bukas
when-open-until = Bukas ngayon, hanggang { $time }
when-closed = Sarado ngayon
when-unknown = Oras: wala sa aming source
when-holiday-unsure = Holiday ngayon: baka sarado ito
when-season-unsure = Malapit sa Bagong Taon: baka sarado ito
opens-today = bubukas ngayong araw, { $time }
opens-tomorrow = bubukas bukas, { $time }
opens-weekday = bubukas sa { $day ->
    [mon] Lunes
    [tue] Martes
    [wed] Miyerkules
    [thu] Huwebes
    [fri] Biyernes
    [sat] Sabado
   *[sun] Linggo
}, { $time }
opens-date = bubukas sa { $month }/{ $date }, { $time }

## Languages, cost and phones.

speaks-yours = Puwede sa { $language }
speaks-list = Mga wika: { $languages }
speaks-also-others = Mga wika: { $languages }, at ilan pang iba
speaks-others-only = Maraming wika
speaks-not-stated = Wika: di nakasaad
speaks-interpreter = May interpreter
# Under an answer with a line that may answer only in Japanese, for anyone who is not
# reading in Japanese: the Japanese words to say, as they sound (in Latin letters), and
# what they mean. The language named is the one of this file.
say-on-phone = Japanese ang sagot? Sabihin “Tagarogugo no tsūyaku o onegai shimasu” (Tagalog na interpreter po).
hours-footnote = Oras: di alam. Subukan pa rin.
phone-no-alternate = Hindi ito matatawagan ng ilang phone; walang ibang numero sa aming source.
web-any-time = Puwede kang sumulat sa website nila anumang oras.
ip-phone-shown = Numero ng IP phone, prepaid, iPhone, kung mayroon.

## Honest summaries under the list.

reach-web-only = Walang linyang alam naming bukas ngayon; kung walang nakasaad na oras, subukan pa rin. Puwede kang sumulat ngayon sa mga website na may ✉. Kung nasa panganib, tumawag sa 110 anumang oras.
reach-only-110 = Wala kaming alam na bukas sa mga ito ngayon; kung walang nakasaad na oras, subukan pa rin. Kung nasa panganib ka, tumawag sa 110: bukas ito araw at gabi.
language-gap = Walang { $language } sa mga ito. Makakapagdagdag ng interpreter ang 110. Makakatulong din ang mga serbisyo sa Ingles o Hapon, at gumagamit ng mga 80 wika ang mga sentro ng payo sa karapatang pantao para sa dayuhan.
reach-none-short = Walang alam na bukas ngayon sa mga ito.
reach-web-short = Walang alam na linyang bukas ngayon; sumulat sa website na may ✉.
language-gap-short = Walang { $language } sa mga ito: may interpreter ang 110.

rights-heading = Tandaan

## The terminal chat.

console-prompt = Mag-type ng numero at pindutin ang Enter (q para umalis).

## Telegram.

leave-button = ✖ Umalis at burahin ang chat
help-text = Sinasabi ng bot na ito kung sino ang puwedeng tumulong sa human trafficking (pagbebenta o paggamit sa tao para sa trabaho o sex), sapilitang trabaho o sekswal na pagsasamantala sa Japan, at kung kailan sila bukas. Wala itong itinatago tungkol sa iyo. Pindutin ang mga button para pumili; /language para palitan ang wika; /exit para burahin ang chat na ito.
exit-done = Nabura na.
exit-note = Baka manatili pa ang mga mensaheng mahigit 48 oras na. Para tuluyang alisin ang chat na ito, burahin ito sa listahan ng chat mo. Puwede mo ring i-on ang auto-delete para sa chat na ito sa Telegram.
old-button = Galing ang button na iyan sa naunang mensahe. Narito ulit ang simula.
private-only = Pakisulatan ako sa private chat: { $link }
cmd-start = Magsimula ulit
cmd-help = Mga emergency number at paano ito gumagana
cmd-language = Palitan ang wika
cmd-exit = Burahin ang chat na ito
bot-description = Sino ang puwedeng tumulong sa human trafficking (pagbebenta o paggamit sa tao para sa trabaho o sex), sapilitang trabaho o sekswal na pagsasamantala sa Japan, sa iyong wika, at kung bukas sila ngayon. Walang itinatago tungkol sa iyo. Kung nasa panganib, tumawag sa 110.
bot-short-description = Mga helpline sa Japan, sa iyong wika. Walang itinatago tungkol sa iyo. Kung nasa panganib: 110.

actions-heading = Iba pang puwede mong gawin:
