# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); new ids added, status of stay explained in the visa button, intros cut to fit one screen
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = Выберите язык.

who-question = Кому нужна помощь?
who-me = Мне
who-me-under-18 = Мне, я младше 18 лет
who-someone-else = Другому человеку (другу, родственнику)
who-someone-under-18 = Другому человеку младше 18 лет

danger-question = { $for_other ->
    [yes] Этот человек сейчас в опасности?
   *[no] Вы сейчас в опасности?
}
danger-yes-hurt = { $for_other ->
    [yes] Да, и этот человек ранен
   *[no] Да, и я ранен(а)
}
danger-yes = Да, опасность прямо сейчас
danger-no = Нет, сейчас нет

danger-intro = { $hurt ->
    [yes] { $for_other ->
        [yes] Человек ранен? Звоните сейчас 119 (скорая); при опасности — 110 (полиция). Звонки бесплатные, круглосуточно.
       *[no] Вы ранены? Звоните сейчас 119 (скорая); при опасности — 110 (полиция). Звонки бесплатные, круглосуточно.
    }
   *[no] { $for_other ->
        [yes] Человек в опасности сейчас? Звоните 110 (полиция): бесплатно, круглосуточно.
       *[no] Вы в опасности сейчас? Звоните 110 (полиция): бесплатно, круглосуточно.
    }
}
danger-tell-more = Рассказать больше, чтобы найти другую помощь

what-question = { $for_other ->
    [yes] Что происходит с этим человеком? Выберите, что подходит больше всего.
   *[no] Что с вами происходит? Выберите, что подходит больше всего.
}
what-sexual-exploitation = Заставляют заниматься сексом за деньги или «отдавать долг» (хост-клуб, видео для взрослых)
what-labor = Работа: не платят, не дают уйти, угрозы, запирают, долг посреднику
what-technical-intern = { $for_other ->
    [yes] Этот человек — технический стажёр
   *[no] Я технический стажёр
}
what-immigration = Виза или право жить в Японии (在留資格)
what-sexual-violence = Сексуальное насилие
what-domestic-violence = Насилие со стороны партнёра или семьи
what-online = Угрозы фото или видео, незаконные материалы в интернете
what-everyday = Дискриминация или бытовые проблемы
what-legal = Мне нужен совет юриста
what-go-home = { $for_other ->
    [yes] Этот человек хочет вернуться домой, в свою страну
   *[no] Я хочу вернуться домой, в свою страну
}
what-not-sure = Не знаю / что-то другое

need-question = { $for_other ->
    [yes] Что этому человеку нужнее всего сейчас?
   *[no] Что вам нужнее всего сейчас?
}
need-shelter = Безопасное место, где переночевать сегодня
need-report = Сообщить в полицию
need-documents = { $for_other ->
    [yes] У этого человека забрали паспорт или карту резидента
   *[no] У меня забрали паспорт или карту резидента
}
need-debt = Требуют заплатить долг, штраф или взнос
need-doctor = Нужен врач: травма или болезнь
need-advice = Совет, что можно сделать

referral-intro = Вот кто может помочь. Звонить или писать — решать вам.
more-options = Где ещё могут помочь
only-write = Говорить не могу, только писать
more-intro = Где ещё могут помочь и что ещё можно сделать.
phone-cannot-connect = С моего телефона не дозвониться
usual-numbers = Показать обычные номера
more-rights = Подробнее о ваших правах
another-situation = Добавить ещё одну ситуацию
refine-man = { $for_other ->
    [yes] Этот человек — мужчина
   *[no] Я мужчина
}
refine-woman = { $for_other ->
    [yes] Этот человек — женщина
   *[no] Я женщина
}
refine-japanese = { $for_other ->
    [yes] У этого человека японское гражданство
   *[no] У меня японское гражданство
}
refine-not-japanese = { $for_other ->
    [yes] У этого человека нет японского гражданства
   *[no] У меня нет японского гражданства
}
start-over = Начать сначала

rights-intro = Ваши права и безопасность
back-to-contacts = Назад к контактам
