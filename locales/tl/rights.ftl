# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); shorter sentences, "human trafficking" glossed in right-consent, "residence status" explained as the kind of visa
### Rights and safety points (flows/rights.yaml), one or two plain sentences each.

right-not-your-fault = Hindi mo kasalanan ang nangyayari. Ang may kasalanan ay ang gumagawa nito.
right-interpreter-110 = Sa 110, puwede ang wika mo: may interpreter sa tawag.
right-under-18 = { $for_other ->
    [yes] Wala pa siyang 18? Human trafficking ang gamitin siya nang ganito sa sex o trabaho, kahit walang pilit o banta.
   *[no] Wala ka pang 18? Human trafficking ang gamitin ka nang ganito sa sex o trabaho, kahit walang pilit o banta.
}
right-consent = Kung may gumamit ng pilit, banta o kasinungalingan, human trafficking (pagsasamantala sa tao) ito, kahit pumayag ka noong una.
right-debt-is-crime = Krimen ang itulak ang customer ng host club na magbenta ng sex para masingil ang utang nila: hanggang 10 taon sa kulungan.
right-anyone-can-report = Kahit sino ay puwedeng mag-report, para sa iba rin, kahit walang pangalan.
right-police-interview = Sa pulis, puwede kang humingi ng babaeng pulis. Sinisikap nilang kausapin ka sa wika mo, sa pribadong kuwarto.
right-intern-change-site = Kung hindi ka na makapagpatuloy sa lugar ng training dahil sa dahilang hindi mo naiwasan, matutulungan ka ng OTIT na lumipat. Sumasagot ito sa walong wika.
right-intern-departure = Kung pinauuwi ka kahit ayaw mo, puwede mo itong sabihin sa immigration officer sa airport o pantalan pag-alis mo. Puwedeng tumulong ang interpreter.
right-residence-status = Puwedeng tulungan ang mga biktima sa visa: mas mahabang pananatili, pagpalit ng residence status (uri ng visa), o espesyal na pahintulot na manatili.
right-av-contract = Puwedeng kanselahin ang kontrata para lumabas sa adult video, at puwede mong hilinging hindi na ipakita ang mga video, anuman ang edad mo.
right-host-club-contract = May mga bill sa host club na puwedeng kanselahin sa ilalim ng Consumer Contract Act, halimbawa kung pinilit ka gamit ang "pag-ibig".
right-photo-threats = Krimen ang pagpadalahin ang isang tao ng sekswal na litrato online, tapos takutin siyang ikakalat ito para pilitin siyang magbenta ng sex: hanggang 3 taon sa kulungan. Puwedeng i-report at ipabura ang ilegal na content online.
right-sexual-violence-any-gender = Ang sex nang walang pagpayag ay sekswal na karahasan. Kahit sino ay puwedeng humingi ng tulong, anuman ang edad o kasarian.
right-shelter = Ang mga sentro ng suporta para sa kababaihan ay puwedeng magbigay ng ligtas na matutuluyan, pagkain at interpreter, anuman ang nasyonalidad o edad mo. Puwede ring bigyan ng ligtas na matutuluyan ang mga lalaking biktima ng human trafficking.
right-legal-help = Sinasabi ng Houterasu ang tungkol sa batas at kung saan hihingi ng tulong. Kung hindi ka makakabayad, maaaring may libreng payong legal para sa mga Japanese citizen at sa mga dayuhang residente na may legal na status. Iniingatan ang impormasyon kung saan ka nakatira.
right-go-home-iom = Kung gusto mong umuwi, tinutulungan ng IOM (International Organization for Migration) ang mga biktima ng human trafficking na makauwi at magsimulang muli, sa suporta ng Japan.
right-discrimination = Kung tinanggihan ka sa paupahang bahay, sa isang serbisyo o sa patas na pagtrato dahil dayuhan ka, maaaring paglabag ito sa karapatang pantao. Makakatulong ang Legal Affairs Bureau na ayusin ito.
