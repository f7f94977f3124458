# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); 체류 자격 explained in plain words, prison terms and address line made plainer
### Rights and safety points (flows/rights.yaml), one or two plain sentences each.

right-not-your-fault = 지금 일어나는 일은 본인의 잘못이 아니에요. 잘못은 그런 일을 하는 사람에게 있어요.
right-interpreter-110 = 110에는 자신의 언어로 전화할 수 있어요. 경찰이 통역을 연결해서 3자 통화로 이야기해요.
right-under-18 = { $for_other ->
    [yes] 그분이 18세 미만이라면, 이렇게 성적인 일이나 노동에 이용되는 것은 폭력이나 협박이 없어도 인신매매예요.
   *[no] 18세 미만이라면, 이렇게 성적인 일이나 노동에 이용되는 것은 폭력이나 협박이 없어도 인신매매예요.
}
right-consent = 누군가 폭력, 협박, 거짓말을 썼다면, 처음에 “네”라고 했더라도 인신매매예요.
right-debt-is-crime = 빚을 받아내려고 호스트클럽 손님을 성매매로 내모는 것은 범죄예요. 최대 징역 10년이에요.
right-anyone-can-report = 누구나 신고할 수 있어요. 다른 사람을 위해서도, 이름을 밝히지 않고도 신고할 수 있어요.
right-police-interview = 경찰에서는 여성 경찰관을 요청할 수 있어요. 경찰은 따로 마련된 방에서, 되도록 자신의 언어로 이야기할 수 있게 해 줘요.
right-intern-change-site = 피할 수 없는 이유로 실습처에서 더 이상 실습을 계속할 수 없게 되면, OTIT(외국인기능실습기구)가 실습처를 바꿀 수 있게 도와줄 수 있어요. OTIT는 8개 언어로 답해 줘요.
right-intern-departure = 원하지 않는데 고국으로 보내지게 되면, 출국할 때 공항이나 항구의 출입국 심사관에게 말할 수 있어요. 통역이 도와줄 수 있어요.
right-residence-status = 피해자는 비자 문제로 도움을 받을 수 있어요. 체류 기간 연장, 체류 자격(일본에 머물 수 있는 자격) 변경, 또는 특별 체류 허가 등이에요.
right-av-contract = 성인 영상에 출연하는 계약은 나이와 상관없이 취소할 수 있고, 영상을 더 이상 공개하지 말라고 요구할 수 있어요.
right-host-club-contract = 호스트클럽 외상값 중 일부는 소비자계약법에 따라 취소할 수 있어요. 예를 들어 ‘연애 감정’을 이용해 압박을 받은 경우예요.
right-photo-threats = 인터넷으로 성적인 사진을 보내게 한 뒤, 그 사진을 퍼뜨리겠다고 협박해서 성매매를 시키는 것은 범죄예요. 최대 징역 3년이에요. 인터넷의 불법 콘텐츠는 신고해서 삭제할 수 있어요.
right-sexual-violence-any-gender = 동의 없는 성관계는 성폭력이에요. 나이나 성별과 상관없이 누구나 도움을 요청할 수 있어요.
right-shelter = 여성 지원 센터는 국적이나 나이와 상관없이 안전하게 머물 곳, 식사, 통역을 제공할 수 있어요. 인신매매 피해를 입은 남성도 안전하게 머물 곳을 지원받을 수 있어요.
right-legal-help = 호테라스(일본 사법지원센터)는 법에 대해, 그리고 어디서 도움을 받을 수 있는지 알려 줘요. 비용을 낼 수 없다면, 일본 국적자와 합법적인 체류 자격이 있는 외국인은 무료 법률 상담을 받을 수도 있어요. 주소는 비밀로 지켜져요.
right-go-home-iom = 고국으로 돌아가고 싶다면, IOM(국제이주기구)이 일본의 지원을 받아 인신매매 피해자의 귀국과 새 출발을 도와줘요.
right-discrimination = 외국인이라는 이유로 집을 빌리지 못하거나, 서비스를 거절당하거나, 공정하게 대우받지 못하는 것은 인권 침해일 수 있어요. 법무국이 해결을 도와줄 수 있어요.
