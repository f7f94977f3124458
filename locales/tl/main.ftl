# review: unreviewed
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = Piliin ang iyong wika.

who-question = Sino ang nangangailangan ng tulong?
who-me = Ako
who-someone-else = Ibang tao (kaibigan, kapamilya)

age-question = { $for_other ->
    [yes] Wala pa ba siyang 18 taong gulang?
   *[no] Wala ka pa bang 18 taong gulang?
}
age-under-18 = Wala pang 18
age-18-or-over = 18 pataas
age-not-say = Mas gusto kong hindi sabihin

danger-question = { $for_other ->
    [yes] Nasa panganib ba siya ngayon mismo?
   *[no] Nasa panganib ka ba ngayon mismo?
}
danger-yes = Oo, nasa panganib ngayon
danger-no = Hindi, hindi sa ngayon

danger-intro = { $for_other ->
    [yes] Kung nasa panganib siya ngayon, tumawag sa 110 (pulis). Libre ito at bukas araw at gabi.
   *[no] Kung nasa panganib ka ngayon, tumawag sa 110 (pulis). Libre ito at bukas araw at gabi.
}
danger-tell-more = Magkuwento pa para sa ibang tulong

what-question = { $for_other ->
    [yes] Ano ang nangyayari sa kanya? Piliin ang pinakaangkop.
   *[no] Ano ang nangyayari? Piliin ang pinakaangkop.
}
what-sexual-exploitation = Pinipilit makipag-sex para sa pera o "magbayad" ng utang (host club, adult video)
what-labor = Trabaho: walang sahod, bawal umalis, pananakot, ikinukulong, utang sa broker
what-technical-intern = { $for_other ->
    [yes] Technical intern trainee siya
   *[no] Technical intern trainee ako
}
what-immigration = Kinuha ang pasaporte, problema sa visa o paninirahan
what-sexual-violence = Sekswal na karahasan
what-domestic-violence = Karahasan mula sa partner o pamilya
what-online = Pananakot gamit ang litrato o video, ilegal na content online
what-everyday = Diskriminasyon o problema sa araw-araw
what-legal = Kailangan ko ng payong legal
what-go-home = { $for_other ->
    [yes] Gusto niyang umuwi sa kanyang bansa
   *[no] Gusto kong umuwi sa aking bansa
}
what-not-sure = Hindi ako sigurado / iba pa

intern-question = { $for_other ->
    [yes] Technical intern trainee (技能実習生) ba siya?
   *[no] Technical intern trainee (技能実習生) ka ba?
}
intern-yes = Oo
intern-no = Hindi

referral-intro = Ito ang mga puwedeng tumulong. Puwede mo silang tawagan o sulatan; ikaw ang bahala.
more-options = Iba pang puwedeng tumulong
only-write = Hindi ako makapagsalita, sulat lang
more-intro = Iba pang puwedeng tumulong, at iba pang puwede mong gawin.
phone-cannot-connect = Hindi ko matawagan ang isang numero
usual-numbers = Ipakita ang karaniwang mga numero
more-rights = Higit pa tungkol sa iyong karapatan
another-situation = Tingnan ang ibang sitwasyon
start-over = Magsimula ulit

rights-intro = Ang iyong mga karapatan at kaligtasan
back-to-contacts = Bumalik sa listahan ng tulong
