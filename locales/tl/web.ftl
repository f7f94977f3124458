# review: unreviewed
# checked: 2026-12-06 translated from the English reference (machine-assisted, not yet by a native speaker)
### The web chat's own texts (bot/channels/web/): the quick exit and the page about it.

web-exit-hint = Para mabilis na umalis sa page na ito, pindutin ang Shift nang tatlong beses.
web-exit-about-link = Ano ang kaya at hindi kayang burahin ng mabilis na pag-alis
web-exit-about =
    Ang button na “Umalis”, o ang pagpindot ng Shift nang tatlong beses, ay nagbubukas ng karaniwang website kapalit ng page na ito. Kaya hindi ka ibabalik dito ng Back button.
    Sinasabihan din nito ang browser mo na kalimutan ang anumang itinago ng site na ito. Walang itinatago ang site na ito: walang cookies, at hindi itinatago ang mga sagot mo.
    Pero hindi nito kayang alisin ang site na ito sa history ng browser mo. Para gawin iyon:
    • iPhone (Safari): Settings › Safari › Clear History and Website Data.
    • Android (Chrome): ⋮ › History › I-delete ang data mula sa pag-browse (“Delete browsing data”).
    Walang history na itinatago ang private (incognito) tab.
web-back = Bumalik
web-type-label = O mag-type ng isang salita, gaya ng “tulong”. Hindi sine-save ang tina-type mo.
web-send = Ipadala
