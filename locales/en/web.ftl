# review: reference
### The web chat's own texts (bot/channels/web/): the quick exit and the page about it.

web-exit-hint = To leave this page quickly, press Shift three times.
web-exit-about-link = What leaving quickly can and cannot erase
web-exit-about =
    The leave button, or pressing Shift three times, opens an ordinary website in place of this page, so the Back button does not lead here.
    It also tells your browser to forget anything this site stored. This site stores nothing: no cookies, and your answers are not kept.
    It cannot remove this site from your browser's history. To do that:
    • iPhone (Safari): Settings › Safari › Clear History and Website Data.
    • Android (Chrome): ⋮ › History › Delete browsing data.
    A private (incognito) tab keeps no history at all.
web-back = Back
web-type-label = Or type a word, such as "help". What you type is not kept.
web-send = Send
