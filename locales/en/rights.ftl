# review: reference
### Rights and safety points (flows/rights.yaml), one or two plain sentences each.

right-not-your-fault = What is happening is not your fault. The one to blame is the person doing it.
right-interpreter-110 = You can call 110 in your own language: the police connect an interpreter in a three-way call.
right-under-18 = { $for_other ->
    [yes] If the person is under 18, being used for sex or work like this is trafficking, even without force or threats.
   *[no] If you are under 18, being used for sex or work like this is trafficking, even without force or threats.
}
right-consent = If someone used force, threats or lies, it is trafficking, even if you said yes at first.
right-debt-is-crime = Pushing host club customers into sex work to collect their debts is a crime: up to 10 years in prison.
right-anyone-can-report = Anyone can report, also for someone else, and also without giving a name.
right-police-interview = At the police you can ask for a female officer. They try to talk with you in your own language, in a private room.
right-intern-change-site = If you cannot go on at your training place for reasons you could not avoid, OTIT can help you change it. It answers in eight languages.
right-intern-departure = If you are being sent home against your will, you can tell the immigration officer at the airport or port when you leave. An interpreter can help.
right-residence-status = Victims can get help with their visa: a longer stay, a change of residence status, or special permission to stay.
right-av-contract = A contract to appear in adult videos can be cancelled, and you can demand that the videos are no longer shown, whatever your age.
right-host-club-contract = Some host club bills can be cancelled under the Consumer Contract Act, for example when you were pressured with "romance".
right-photo-threats = Getting someone to send sexual photos online, then threatening to share them to force them into sex work, is a crime: up to 3 years in prison. Illegal content online can be reported and removed.
right-sexual-violence-any-gender = Sex without consent is sexual violence. Anyone can ask for help, whatever their age or gender.
right-shelter = Women's support centres can give a safe place to stay, food and interpretation, whatever your nationality or age. Men who are trafficking victims can get a safe place too.
right-legal-help = Houterasu tells you about the law and where to get help. If you cannot pay, free legal advice may be possible for Japanese citizens and for foreign residents with a legal status. Where you live is kept safe.
right-go-home-iom = If you want to go home, IOM (International Organization for Migration) helps trafficking victims return and start again, with support from Japan.
right-discrimination = Being refused a flat, a service or fair treatment because you are foreign can be a human rights violation. The Legal Affairs Bureau can help settle it.
