# review: reference
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = Choose your language.

who-question = Who needs help?
who-me = Me
who-someone-else = Someone else (a friend, a family member)

age-question = { $for_other ->
    [yes] Is the person under 18?
   *[no] Are you under 18?
}
age-under-18 = Under 18
age-18-or-over = 18 or over
age-not-say = I'd rather not say

danger-question = { $for_other ->
    [yes] Is the person in danger right now?
   *[no] Are you in danger right now?
}
danger-yes = Yes, in danger now
danger-no = No, not right now

danger-intro = { $for_other ->
    [yes] If the person is in danger now, call 110 (police). It is free and open day and night.
   *[no] If you are in danger now, call 110 (police). It is free and open day and night.
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
what-immigration = Passport taken, visa or residence problems
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

intern-question = { $for_other ->
    [yes] Is the person a technical intern trainee (技能実習生)?
   *[no] Are you a technical intern trainee (技能実習生)?
}
intern-yes = Yes
intern-no = No

referral-intro = Here is who can help. You can call or write to them; it is your choice.
more-options = More places that can help
only-write = I can't talk, I can only write
more-intro = More places that can help, and other steps you can take.
phone-cannot-connect = A number does not connect from my phone
usual-numbers = Show the usual numbers
more-rights = More about your rights
another-situation = Look at another situation
start-over = Start over

rights-intro = Your rights and safety
back-to-contacts = Back to the contacts
