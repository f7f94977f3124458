# review: unreviewed
### Rights and safety points (flows/rights.yaml), one or two plain sentences each.

right-not-your-fault = Hindi mo kasalanan ang nangyayari. Ang may kasalanan ay ang gumagawa nito.
right-interpreter-110 = Puwede kang tumawag sa 110 sa sarili mong wika: ikokonekta ng pulis ang interpreter sa three-way call.
right-under-18 = { $for_other ->
    [yes] Kung wala pa siyang 18 taong gulang, ang paggamit sa kanya para sa sex o trabaho nang ganito ay human trafficking, kahit walang pamimilit o pananakot.
   *[no] Kung wala ka pang 18 taong gulang, ang paggamit sa iyo para sa sex o trabaho nang ganito ay human trafficking, kahit walang pamimilit o pananakot.
}
right-consent = Kung may gumamit ng pamimilit, pananakot o kasinungalingan, ito ay human trafficking, kahit pumayag ka noong una.
right-debt-is-crime = Ang pagtulak sa mga customer ng host club na makipag-sex para sa pera upang masingil ang utang nila ay krimen: hanggang 10 taon sa kulungan.
right-anyone-can-report = Kahit sino ay puwedeng mag-report, kahit para sa ibang tao, at kahit hindi sabihin ang pangalan.
right-police-interview = Sa pulis, puwede kang humiling ng babaeng pulis. Sinisikap nilang kausapin ka sa sarili mong wika, sa isang pribadong kuwarto.
right-intern-change-site = Kung hindi ka na makapagpatuloy sa iyong lugar ng training dahil sa mga bagay na hindi mo naiwasan, puwede kang tulungan ng OTIT na lumipat ng lugar ng training. Sumasagot ang OTIT sa walong wika.
right-intern-departure = Kung pinauuwi ka nang labag sa iyong kalooban, puwede mo itong sabihin sa immigration officer sa airport o pantalan sa pag-alis mo. Puwedeng tumulong ang isang interpreter.
right-residence-status = Puwedeng matulungan ang mga biktima sa kanilang visa: mas mahabang pananatili, pagpapalit ng residence status, o espesyal na pahintulot na manatili.
right-av-contract = Puwedeng kanselahin ang kontrata para lumabas sa adult video, at puwede mong hilingin na hindi na ipakita ang mga video, anuman ang iyong edad.
right-host-club-contract = May mga bill sa host club na puwedeng kanselahin sa ilalim ng Consumer Contract Act, halimbawa kung pinilit ka gamit ang "pag-ibig".
right-photo-threats = Ang pagpapa-send sa isang tao ng sekswal na litrato online, tapos pagbabantang ikalat ito para pilitin siyang makipag-sex para sa pera, ay krimen: hanggang 3 taon sa kulungan. Puwedeng i-report at ipabura ang ilegal na content online.
right-sexual-violence-any-gender = Ang sex nang walang pahintulot ay sekswal na karahasan. Kahit sino ay puwedeng humingi ng tulong, anuman ang edad o kasarian.
right-shelter = Ang mga sentro ng suporta para sa kababaihan ay puwedeng magbigay ng ligtas na matutuluyan, pagkain at interpreter, anuman ang iyong nasyonalidad o edad. Ang mga lalaking biktima ng human trafficking ay puwede ring bigyan ng ligtas na matutuluyan.
right-legal-help = Sinasabi sa iyo ng Houterasu ang tungkol sa batas at kung saan hihingi ng tulong. Kung hindi ka makakabayad, maaaring may libreng payong legal para sa mga Japanese citizen at sa mga dayuhang residente na may legal na status. Iniingatan ang impormasyon kung saan ka nakatira.
right-go-home-iom = Kung gusto mong umuwi, tinutulungan ng IOM (International Organization for Migration) ang mga biktima ng human trafficking na makauwi at magsimulang muli, sa suporta ng Japan.
right-discrimination = Kung tinanggihan ka sa paupahang bahay, sa isang serbisyo o sa patas na pagtrato dahil dayuhan ka, maaaring paglabag ito sa karapatang pantao. Puwedeng tumulong ang Legal Affairs Bureau para maayos ito.
