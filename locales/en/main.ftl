# review: reference
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = Choose your language.

who-question = Who needs help?
who-me = Me
who-me-under-18 = Me, and I am under 18
who-someone-else = Someone else (a friend, a family member)
who-someone-under-18 = Someone else who is under 18

danger-question = { $for_other ->
    [yes] Is the person in danger right now?
   *[no] Are you in danger right now?
}
danger-yes-hurt = { $for_other ->
    [yes] Yes, and the person is hurt
   *[no] Yes, and I am hurt
}
danger-yes = Yes, in danger now
danger-no = No, not right now

danger-intro = { $hurt ->
    [yes] { $for_other ->
        [yes] If the person is hurt, call 119 (ambulance) now; for danger, 110 (police). Both are free, day and night.
       *[no] If you are hurt, call 119 (ambulance) now; for danger, 110 (police). Both are free, day and night.
    }
   *[no] { $for_other ->
        [yes] If the person is in danger now, call 110 (police). It is free and open day and night.
       *[no] If you are in danger now, call 110 (police). It is free and open day and night.
    }
}
danger-tell-more = Tell me more to find other help

what-question = { $for_other ->
    [yes] What is happening to the person? Choose what fits best.
   *[no] What is happening? Choose what fits best.
}
what-sexual-exploitation = Made to sell sex, or to "pay back" a debt (host club, adult videos)
what-labor = Work: unpaid, can't quit, threats, locked in, broker debt
what-technical-intern = { $for_other ->
    [yes] The person is a technical intern trainee
   *[no] I am a technical intern trainee
}
what-immigration = Visa, or the right to stay in Japan (在留資格)
what-sexual-violence = Sexual violence
what-domestic-violence = Violence from a partner or family
what-online = Threats with photos or videos, illegal content online
what-everyday = Discrimination or everyday problems
what-legal = I need legal advice
what-go-home = { $for_other ->
    [yes] The person wants to go home to their country
   *[no] I want to go home to my country
}
what-not-sure = I'm not sure / something else

need-question = { $for_other ->
    [yes] What does the person need most right now?
   *[no] What do you need most right now?
}
need-shelter = A safe place to stay tonight
need-report = To report it to the police
need-documents = { $for_other ->
    [yes] Their passport or residence card was taken
   *[no] My passport or residence card was taken
}
need-debt = Told to pay a debt, a fine or a fee
need-doctor = A doctor: hurt or ill
need-advice = Advice on what can be done

referral-intro = These can help. Call or write, as you choose.
more-options = More places that can help
only-write = I can't talk, I can only write
more-intro = More places that can help, and other steps you can take.
phone-cannot-connect = A number does not connect from my phone
usual-numbers = Show the usual numbers
more-rights = More about your rights
another-situation = Add another situation
refine-man = { $for_other ->
    [yes] The person is a man
   *[no] I am a man
}
refine-woman = { $for_other ->
    [yes] The person is a woman
   *[no] I am a woman
}
refine-japanese = { $for_other ->
    [yes] The person has Japanese nationality
   *[no] I have Japanese nationality
}
refine-not-japanese = { $for_other ->
    [yes] The person is not a Japanese national
   *[no] I am not a Japanese national
}
start-over = Start over

rights-intro = Your rights and safety
back-to-contacts = Back to the contacts
