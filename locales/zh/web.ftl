# review: unreviewed
# checked: 2026-12-06 translated from the English reference (machine-assisted, not yet by a native speaker)
### The web chat's own texts (bot/channels/web/): the quick exit and the page about it.

web-exit-hint = 想快速离开这个页面，请按三下 Shift 键。
web-exit-about-link = 快速离开能清除什么、不能清除什么
web-exit-about =
    点“离开”按钮，或按三下 Shift 键，会打开一个普通网站来代替这个页面，所以按“返回”不会回到这里。
    它还会让您的浏览器忘掉这个网站存下的任何东西。这个网站什么都不存：不用 Cookie，您的回答也不会被保留。
    但它不能把这个网站从浏览器的历史记录里删掉。要删掉，请这样做：
    • iPhone（Safari）：设置 › Safari浏览器 › 清除历史记录与网站数据。
    • Android（Chrome）：⋮ › 历史记录 › 删除浏览数据。
    无痕（隐私）标签页完全不保存历史记录。
web-back = 返回
web-type-label = 也可以输入一个词，比如“救命”。您输入的内容不会被保存。
web-send = 发送
