# review: unreviewed
### The printable wallet card (referral-bot card). The card folds in two: the outside must say
### nothing that would alarm someone who finds it; the inside is for the person.

# Outside: plain and harmless, like any list of numbers.
card-outside = Полезные телефоны
# Inside, at the top.
card-title = Куда обратиться за помощью в Японии
card-danger = В опасности звоните сразу. Бесплатно, днём и ночью.
# Beside the large 110 and 119: who answers.
card-police = полиция
card-ambulance = скорая, пожарные
# A mark beside a line whose source names no language (it may answer only in Japanese),
# explained once with the words to ask for an interpreter.
card-japanese = японский
card-scan = Отсканируйте, чтобы найти больше помощи в чате (Telegram). Мы ничего о вас не сохраняем.
card-scan-web = Отсканируйте, чтобы найти больше помощи в браузере: без приложения и без аккаунта. Мы ничего о вас не сохраняем.
card-scan-line = Отсканируйте, чтобы найти больше помощи в чате LINE: LINE откроется с готовым сообщением, нажмите «Отправить». Мы ничего о вас не сохраняем.

## Opening hours, Japan time. $times is like "9:00–17:00".
hours-always = работает днём и ночью
hours-unknown = часы работы: уточните
hours-weekdays = Пн–Пт { $times }
hours-weekend = Сб–Вс { $times }
hours-daily = ежедневно { $times }
hours-day = { $day ->
    [mon] Пн
    [tue] Вт
    [wed] Ср
    [thu] Чт
    [fri] Пт
    [sat] Сб
   *[sun] Вс
} { $times }
hours-holidays-closed = в праздники не работает
