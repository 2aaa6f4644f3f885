<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BookmarksDock</name>
    <message>
        <location filename="../../gui/ui/bookmarks.py" line="57"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../../gui/ui/bookmarks.py" line="93"/>
        <source>No bookmarks yet: Ctrl+B marks the place you read.</source>
        <translation>还没有书签：按 Ctrl+B 标记正在阅读的位置。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/bookmarks.py" line="117"/>
        <source>&amp;Go to Bookmark</source>
        <translation>转到书签(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/bookmarks.py" line="119"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/bookmarks.py" line="122"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>BookmarksFeature</name>
    <message>
        <location filename="../../gui/ui/bookmarks.py" line="148"/>
        <source>Add &amp;Bookmark</source>
        <translation>添加书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/bookmarks.py" line="151"/>
        <source>Bookmark the place you are reading (Ctrl+B)</source>
        <translation>为正在阅读的位置添加书签（Ctrl+B）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/bookmarks.py" line="154"/>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/bookmarks.py" line="179"/>
        <source>Add Bookmark &amp;Here</source>
        <translation>在此添加书签(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/bookmarks.py" line="208"/>
        <location filename="../../gui/ui/bookmarks.py" line="217"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../../gui/ui/bookmarks.py" line="242"/>
        <source>Bookmark added: %1</source>
        <translation>已添加书签：%1</translation>
    </message>
    <message>
        <location filename="../../gui/ui/bookmarks.py" line="250"/>
        <location filename="../../gui/ui/bookmarks.py" line="256"/>
        <source>Rename Bookmark</source>
        <translation>重命名书签</translation>
    </message>
    <message>
        <location filename="../../gui/ui/bookmarks.py" line="250"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/bookmarks.py" line="263"/>
        <source>Bookmark “%1” deleted (Edit → Undo brings it back)</source>
        <translation>已删除书签“%1”（可通过“编辑 → 撤销”恢复）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/bookmarks.py" line="239"/>
        <source>Add Bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <location filename="../../gui/ui/bookmarks.py" line="261"/>
        <source>Delete Bookmark</source>
        <translation>删除书签</translation>
    </message>
    <message>
        <location filename="../../gui/ui/bookmarks.py" line="299"/>
        <source>not found in this version</source>
        <translation>在此版本中未找到</translation>
    </message>
    <message>
        <location filename="../../gui/ui/bookmarks.py" line="302"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>CitationActions</name>
    <message>
        <location filename="../../gui/ui/citation.py" line="33"/>
        <source>Copy with &amp;Citation</source>
        <extracomment>The MIME type Markdown editors (and the web) recognise for pasted Markdown.</extracomment>
        <translation>带引文复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/citation.py" line="36"/>
        <source>Copy as &amp;Markdown with Citation</source>
        <translation>带引文复制为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/citation.py" line="66"/>
        <source>paragraph %1 of %2</source>
        <translation>第 %1 段（共 %2 段）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/citation.py" line="66"/>
        <source>Untitled report</source>
        <translation>无标题报告</translation>
    </message>
    <message>
        <location filename="../../gui/ui/citation.py" line="101"/>
        <source>Copied with citation</source>
        <translation>已带引文复制</translation>
    </message>
</context>
<context>
    <name>EarlierVersionDialog</name>
    <message>
        <location filename="../../gui/ui/library/linking.py" line="51"/>
        <source>Link to Earlier Version</source>
        <translation>关联到旧版本</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/linking.py" line="53"/>
        <source>Which report does %1 revise?</source>
        <translation>%1 是哪份报告的修订版？</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/linking.py" line="57"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
</context>
<context>
    <name>EntityDock</name>
    <message>
        <location filename="../../gui/ui/entities/dock.py" line="42"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/dock.py" line="51"/>
        <source>Show entities</source>
        <translation>显示实体</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/dock.py" line="70"/>
        <source>Show or hide %1 highlights</source>
        <translation>显示或隐藏%1高亮</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/dock.py" line="78"/>
        <source>Filter entities…</source>
        <translation>筛选实体…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/dock.py" line="126"/>
        <source>In &amp;Other Reports…</source>
        <translation>在其他报告中查找(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/dock.py" line="128"/>
        <source>Which reports of the library mention it, how often, where</source>
        <translation>文库中哪些报告提到它、提到几次、在哪里</translation>
    </message>
</context>
<context>
    <name>EntityFeature</name>
    <message>
        <location filename="../../gui/ui/entities/actions.py" line="25"/>
        <source>Show &amp;Entities</source>
        <translation>显示实体(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/actions.py" line="30"/>
        <source>Highlight organisations, places, dates… (Ctrl+E)</source>
        <translation>高亮显示机构、地点、日期等（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/actions.py" line="45"/>
        <source>&amp;Entities</source>
        <translation>实体(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/actions.py" line="60"/>
        <source>Export Entity &amp;Corrections…</source>
        <translation>导出实体更正(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/actions.py" line="65"/>
        <source>Import Entity C&amp;orrections…</source>
        <translation>导入实体更正(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/install.py" line="147"/>
        <source>Entity corrections not loaded</source>
        <translation>未加载实体更正</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/install.py" line="148"/>
        <source>%1
The file is kept as it is until you make a new correction.</source>
        <translation>%1
在您做出新的更正之前，该文件将保持原样。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/install.py" line="162"/>
        <source>Recognising entities…</source>
        <translation>正在识别实体…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/ui/entities/install.py" line="202"/>
        <source>%n entities</source>
        <translation>
            <numerusform>%n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/install.py" line="204"/>
        <source> (recognised in %1 parts)</source>
        <translation>（分 %1 段识别）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/install.py" line="210"/>
        <source>Entity recognition failed: %1</source>
        <translation>实体识别失败：%1</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/painting.py" line="77"/>
        <source> (your correction)</source>
        <extracomment>Highlight layers are named ``entity-ORG`` …; they paint above structure, below find hits.</extracomment>
        <translation>（您的更正）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/install.py" line="72"/>
        <source>Entity &amp;Panel</source>
        <extracomment>Recognition starts this long after a document is shown.</extracomment>
        <translation>实体面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/install.py" line="248"/>
        <source>%1: occurrence %2 of %3</source>
        <translation>%1：第 %2 处，共 %3 处</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="38"/>
        <source>Mark “%1” As</source>
        <translation>将“%1”标记为</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="44"/>
        <source>In This Report Only</source>
        <translation>仅限本报告</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="53"/>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="128"/>
        <source>“%1” Is Not an Entity</source>
        <translation>“%1”不是实体</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="60"/>
        <source>“%1” Is Not an Entity in This Report</source>
        <translation>“%1”在本报告中不是实体</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="77"/>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="138"/>
        <source>Forget Correction of “%1”</source>
        <translation>清除对“%1”的更正</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="121"/>
        <source>Mark “%1” as %2</source>
        <translation>将“%1”标记为%2</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="152"/>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="167"/>
        <source>Cannot save the correction</source>
        <translation>无法保存更正</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="180"/>
        <source>Cannot export entity corrections</source>
        <translation>无法导出实体更正</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="185"/>
        <source>Entity corrections exported: %n.</source>
        <translation>已导出 %n 条实体更正。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="204"/>
        <source>Entity corrections imported: %n.</source>
        <translation>已导入 %n 条实体更正。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="197"/>
        <source>Cannot import entity corrections</source>
        <translation>无法导入实体更正</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="198"/>
        <source>%1
Your corrections have not changed.</source>
        <translation>%1
您的更正保持不变。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="212"/>
        <source>Export Entity Corrections</source>
        <translation>导出实体更正</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="214"/>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="226"/>
        <source>Entity corrections (*.json)</source>
        <translation>实体更正 (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="222"/>
        <source>Import Entity Corrections</source>
        <translation>导入实体更正</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="227"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>EntityModel</name>
    <message>
        <location filename="../../gui/models/entity_model.py" line="215"/>
        <source>Entity</source>
        <extracomment>The entity type of an item (both levels). The Simplified key of an entity item (None for a type item). Number of occurrences (an entity) or of all occurrences of the type&apos;s shown entities. What a script switch changes: the text an entity is shown with. Entity rows announced as changed per event-loop turn after a script switch.</extracomment>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../gui/models/entity_model.py" line="215"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/models/entity_model.py" line="247"/>
        <source>%1 · %n occurrence(s) · click for the next</source>
        <translation>
            <numerusform>%1 · 出现 %n 次 · 单击转到下一处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityTypes</name>
    <message>
        <location filename="../../gui/ui/entities/style.py" line="51"/>
        <source>Organisation</source>
        <extracomment>The seven types, in display order (same as ``gui.core.entities.ENTITY_TYPES``; repeated here so that the window does not import the recogniser at launch). Okabe–Ito colours per type. A second cue besides colour: each type has its own underline. How much of the type colour goes into the background tint, per theme.</extracomment>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/style.py" line="52"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/style.py" line="53"/>
        <source>Person</source>
        <translation>人名</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/style.py" line="54"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/style.py" line="55"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/style.py" line="56"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/style.py" line="57"/>
        <source>Term</source>
        <translation>术语</translation>
    </message>
</context>
<context>
    <name>FindAllDock</name>
    <message>
        <location filename="../../gui/ui/find_all.py" line="102"/>
        <source>Find All</source>
        <extracomment>Places listed at most; a search that finds more says so and stops there. Searching time per event-loop turn.</extracomment>
        <translation>全部查找</translation>
    </message>
    <message>
        <location filename="../../gui/ui/find_all.py" line="109"/>
        <source>Find every place (发展 = 發展), Enter</source>
        <translation>查找所有位置（发展 = 發展），按回车</translation>
    </message>
</context>
<context>
    <name>FindAllFeature</name>
    <message>
        <location filename="../../gui/ui/find_all.py" line="153"/>
        <source>Find &amp;All…</source>
        <translation>全部查找(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/find_all.py" line="247"/>
        <source>The first %1 places are listed; there are more. Make the search longer to see them.</source>
        <translation>只列出前 %1 处，还有更多。请输入更长的查找内容以缩小范围。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/ui/find_all.py" line="252"/>
        <source>Searching… %n places so far</source>
        <translation>
            <numerusform>正在查找… 已找到 %n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/ui/find_all.py" line="254"/>
        <source>%n places</source>
        <translation>
            <numerusform>%n 处</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/ui/find_all.py" line="256"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../gui/ui/find_bar.py" line="50"/>
        <source>Find in any script (发展 = 發展)</source>
        <translation>不分简繁查找（发展 = 發展）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/find_bar.py" line="57"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>上一个匹配项（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/find_bar.py" line="61"/>
        <source>Next match (Enter, F3)</source>
        <translation>下一个匹配项（Enter、F3）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/find_bar.py" line="65"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/find_bar.py" line="69"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/find_bar.py" line="155"/>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <location filename="../../gui/ui/find_bar.py" line="160"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>FullScreen</name>
    <message>
        <location filename="../../gui/ui/full_screen.py" line="29"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
</context>
<context>
    <name>FurnitureFolds</name>
    <message numerus="yes">
        <location filename="../../gui/ui/furniture_folds.py" line="226"/>
        <source>▸ Page furniture: %n line(s) folded — click to show</source>
        <translation>
            <numerusform>▸ 页面附属内容：已折叠 %n 行——点击展开</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/ui/furniture_folds.py" line="228"/>
        <source>▾ Page furniture — click to fold</source>
        <translation>▾ 页面附属内容——点击折叠</translation>
    </message>
    <message>
        <location filename="../../gui/ui/furniture_folds.py" line="314"/>
        <source>Fol&amp;d Page Furniture</source>
        <translation>折叠页面附属内容(&amp;D)</translation>
    </message>
</context>
<context>
    <name>HeaderCard</name>
    <message>
        <location filename="../../gui/ui/header_card.py" line="35"/>
        <source>Official document</source>
        <translation>公文</translation>
    </message>
    <message>
        <location filename="../../gui/ui/header_card.py" line="36"/>
        <source>To: %1</source>
        <translation>主送：%1</translation>
    </message>
    <message>
        <location filename="../../gui/ui/header_card.py" line="39"/>
        <source>Regulation</source>
        <translation>法规</translation>
    </message>
    <message>
        <location filename="../../gui/ui/header_card.py" line="42"/>
        <source>Work report</source>
        <translation>工作报告</translation>
    </message>
    <message>
        <location filename="../../gui/ui/header_card.py" line="45"/>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <location filename="../../gui/ui/header_card.py" line="47"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../gui/ui/header_card.py" line="50"/>
        <source>Editor: %1</source>
        <translation>责任编辑：%1</translation>
    </message>
    <message>
        <location filename="../../gui/ui/header_card.py" line="51"/>
        <source>Original title: %1</source>
        <translation>原标题：%1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../gui/ui/help.py" line="61"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help.py" line="88"/>
        <source>&amp;User Guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help.py" line="92"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help.py" line="96"/>
        <source>&amp;About Report Reader</source>
        <translation>关于报告阅读器(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help.py" line="98"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help.py" line="110"/>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help.py" line="145"/>
        <source>User Guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help.py" line="150"/>
        <source>About Report Reader</source>
        <translation>关于报告阅读器</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help.py" line="157"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help.py" line="157"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help.py" line="170"/>
        <source>Leave full screen, close the find bar or the word pop-up</source>
        <translation>退出全屏、关闭查找栏或查词弹窗</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help.py" line="173"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="19"/>
        <source>Opening a report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="20"/>
        <source>File → Open (Ctrl+O) reads plain text, web pages, Markdown, Word (.docx) and PDFs with a text layer; you can also drop a file on the window. Open Recent lists the last files. The report you read last opens again at the place you left it.</source>
        <translation>“文件 → 打开”（Ctrl+O）可读取纯文本、网页、Markdown、Word（.docx）以及带文字层的 PDF；也可以把文件拖到窗口上。“最近打开”列出最近的文件。上次阅读的报告会在你离开的位置重新打开。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="29"/>
        <source>Scripts</source>
        <translation>文字版本</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="30"/>
        <source>The toolbar switches the text between 原文 (as the file has it), 简 Simplified, 繁 Traditional, 臺 Taiwan and 港 Hong Kong (Ctrl+1 … Ctrl+5). The paragraph at the top stays where it is.</source>
        <translation>工具栏可在 原文（文件原样）、简（简体）、繁（繁体）、臺（台湾正体）和 港（香港繁体）之间切换（Ctrl+1 … Ctrl+5）。顶部的段落保持不动。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="38"/>
        <source>Finding your way</source>
        <translation>浏览与查找</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="39"/>
        <source>The outline on the left lists the sections; click one to go there. Find (Ctrl+F) searches in every script at once: 发展 also finds 發展. F3 and Shift+F3 go to the next and previous match.</source>
        <translation>左侧的大纲列出各个章节，点击即可跳转。查找（Ctrl+F）同时在所有文字版本中搜索：搜“发展”也能找到“發展”。F3 和 Shift+F3 跳到下一个和上一个匹配。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="47"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="48"/>
        <source>Organisations, places, people, dates, quantities, cited documents and key terms are underlined in colour (Ctrl+E shows or hides them). The Entities dock lists them; right-click a word to correct what was recognised.</source>
        <translation>机构、地点、人名、日期、数量、引用文件和关键术语以彩色下划线标出（Ctrl+E 显示或隐藏）。“实体”面板列出它们；右键点击词语可更正识别结果。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="56"/>
        <source>Notes and highlights</source>
        <translation>笔记与高亮</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="57"/>
        <source>Select a passage and press Ctrl+Shift+H to highlight it or Ctrl+Shift+N to write a note; Ctrl+Shift+J notes the whole section. The Notes dock lists them by tag and colour. File → Export Notes writes Markdown, HTML, CSV or Web Annotation JSON-LD for Zotero and other tools.</source>
        <translation>选中一段文字，按 Ctrl+Shift+H 高亮，或按 Ctrl+Shift+N 写笔记；Ctrl+Shift+J 为整个章节写笔记。“笔记”面板按标签和颜色列出它们。“文件 → 导出笔记”可导出 Markdown、HTML、CSV 或 Web Annotation JSON-LD，供 Zotero 等工具使用。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="66"/>
        <source>Quoting</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="67"/>
        <source>Edit → Copy with Citation (Ctrl+Shift+C) copies the selection with the report&apos;s title, the section and the paragraph, in the script you read; Ctrl+Alt+C copies the same as Markdown.</source>
        <translation>“编辑 → 带引文复制”（Ctrl+Shift+C）会以你正在阅读的文字版本复制所选内容，并附上报告标题、章节和段落；Ctrl+Alt+C 以 Markdown 格式复制同样的内容。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="75"/>
        <source>Printing and PDF</source>
        <translation>打印与 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="76"/>
        <source>File → Print (Ctrl+P) and File → Export as PDF lay the report out on pages in the script you read, with your highlights, and each note under its paragraph.</source>
        <translation>“文件 → 打印”（Ctrl+P）和“文件 → 导出为 PDF”以你正在阅读的文字版本将报告排成页面，保留你的高亮，并把每条笔记放在所属段落之下。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="84"/>
        <source>Reading comfortably</source>
        <translation>舒适阅读</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="85"/>
        <source>Ctrl++ and Ctrl+- change the text size, View → Font the typeface, View → Theme light or dark. View → Full Screen (F11) shows only the text; F11 or Esc brings the window back as it was. Ctrl+D looks up the word at the cursor in the dictionary.</source>
        <translation>Ctrl++ 和 Ctrl+- 调整文字大小，“视图 → 字体”更换字体，“视图 → 主题”切换浅色或深色。“视图 → 全屏”（F11）只显示正文；按 F11 或 Esc 恢复原来的窗口。Ctrl+D 在词典中查光标处的词。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="96"/>
        <source>Report Reader: a short guide</source>
        <translation>报告阅读器：简明指南</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="104"/>
        <source>Help → Keyboard Shortcuts lists every shortcut of this window.</source>
        <translation>“帮助 → 键盘快捷键”列出本窗口的全部快捷键。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="126"/>
        <source>Dictionary: CC-CEDICT by MDBG and contributors, CC BY-SA 4.0.</source>
        <translation>词典：CC-CEDICT，由 MDBG 及贡献者维护，CC BY-SA 4.0 许可。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="131"/>
        <source>Script conversion: the OpenCC dictionaries (%1) by the OpenCC authors (github.com/BYVoid/OpenCC), Apache License 2.0.</source>
        <translation>简繁转换：OpenCC 词典（%1），OpenCC 作者（github.com/BYVoid/OpenCC），Apache License 2.0 许可。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="136"/>
        <source>Place and organisation lists: China&apos;s administrative divisions from cpca 0.5.5 (MIT, © DQinYuan), after the National Bureau of Statistics&apos; public codes; name statistics from jieba 0.42.1 (MIT, © Sun Junyi); listed companies&apos; short names from adata 2.9.5 (Apache License 2.0, © 1nchaos); the other lists were compiled for this project (MIT).</source>
        <translation>地名与机构名表：中国行政区划取自 cpca 0.5.5（MIT，© DQinYuan），源自国家统计局公开的区划代码；人名统计取自 jieba 0.42.1（MIT，© Sun Junyi）；上市公司简称取自 adata 2.9.5（Apache License 2.0，© 1nchaos）；其余名表为本项目编制（MIT）。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="143"/>
        <source>Pinyin readings: pypinyin 0.55.0 (MIT, © mozillazg), from the Unicode Unihan database (Unicode licence).</source>
        <translation>拼音读音：pypinyin 0.55.0（MIT，© mozillazg），源自 Unicode Unihan 数据库（Unicode 许可）。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="148"/>
        <source>Font: WenQuanYi Micro Hei 0.2.0-beta (文泉驿微米黑) by the WenQuanYi Project, Apache License 2.0 (or GPL v3 with the font embedding exception); used only when the system has no Chinese font.</source>
        <translation>字体：文泉驿微米黑 0.2.0-beta，文泉驿项目，Apache License 2.0（或附字体嵌入例外的 GPL v3）许可；仅在系统没有中文字体时使用。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="154"/>
        <source>Qt and PySide6 (Qt for Python) by The Qt Company, GNU LGPL v3, with Qt&apos;s own Chinese translations.</source>
        <translation>Qt 与 PySide6（Qt for Python），The Qt Company，GNU LGPL v3 许可，含 Qt 自带的中文翻译。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="169"/>
        <source>Report Reader</source>
        <translation>报告阅读器</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="175"/>
        <source>A desktop reader for Chinese-language reports: outline, script views, entities and notes.</source>
        <translation>中文报告桌面阅读器：大纲、简繁视图、实体和笔记。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="184"/>
        <source>Running on Qt %1 and Python %2.</source>
        <translation>运行于 Qt %1 和 Python %2。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="191"/>
        <source>Report Reader is free software under the MIT licence.</source>
        <translation>报告阅读器是自由软件，采用 MIT 许可。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="196"/>
        <source>Bundled data and font</source>
        <translation>随附的数据和字体</translation>
    </message>
    <message>
        <location filename="../../gui/ui/help_texts.py" line="200"/>
        <source>Sources and details are in the README beside each data folder in the application&apos;s resources.</source>
        <translation>来源和详情见程序资源中各数据文件夹里的 README。</translation>
    </message>
</context>
<context>
    <name>LibraryDock</name>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="77"/>
        <source>Library</source>
        <extracomment>First widths of the title and issuer columns (pixels; the user can change them). The kinds a report can be (the library&apos;s ``kind`` field), in the filter&apos;s order. Quiet time after typing in a filter field before the list and search follow it.</extracomment>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="85"/>
        <source>Add File…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="88"/>
        <source>Add Folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="91"/>
        <source>Notebook…</source>
        <translation>笔记本…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="93"/>
        <source>All notes of all reports: filter, export</source>
        <translation>所有报告的全部笔记：筛选、导出</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="104"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="160"/>
        <source>Search all reports (发展 = 發展; A OR B), Enter</source>
        <translation>搜索全部报告（发展 = 發展；A OR B），按回车</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="195"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="205"/>
        <source>Date: 2021, 2019–2021</source>
        <translation>日期：2021、2019–2021</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="228"/>
        <source>No groups</source>
        <translation>不分组</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="229"/>
        <source>By issuer</source>
        <translation>按发文机关</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="230"/>
        <source>By year</source>
        <translation>按年份</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="231"/>
        <source>By kind</source>
        <translation>按类型</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="235"/>
        <source>Group the reports</source>
        <translation>报告分组</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="236"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="238"/>
        <source>pending</source>
        <translation>待索引</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="239"/>
        <source>ok</source>
        <translation>已索引</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="240"/>
        <source>missing</source>
        <translation>文件不见了</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="241"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="251"/>
        <source>Official document</source>
        <translation>公文</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="252"/>
        <source>Regulation</source>
        <translation>法规</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="253"/>
        <source>Work report</source>
        <translation>工作报告</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="254"/>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="255"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="263"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="267"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="268"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="269"/>
        <source>Last opened</source>
        <translation>上次打开</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="308"/>
        <source>Doc. number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="309"/>
        <source>Script</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="310"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="286"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="289"/>
        <source>&amp;Link to Earlier Version…</source>
        <translation>关联到旧版本(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="291"/>
        <source>This report revises another: offer that report&apos;s notes</source>
        <translation>本报告修订了另一份报告：提供那份报告的笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="294"/>
        <source>&amp;Rebuild the Index…</source>
        <translation>重建索引(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="296"/>
        <source>Read every report again (notes are kept)</source>
        <translation>重新读取所有报告（笔记保留）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="201"/>
        <location filename="../../gui/ui/library/dock.py" line="264"/>
        <source>Issuer</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="265"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/dock.py" line="266"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>LibraryFeature</name>
    <message>
        <location filename="../../gui/ui/library/feature.py" line="138"/>
        <source>&amp;Notebook…</source>
        <extracomment>Paths watched at most (folders first, then report files): inotify watches are limited. Delay between listing the reports and updating the watched paths. Paths added to the watcher per turn of the event loop. Quiet time after a change in a watched folder before the library is brought up to date (a copy of many files is one update). Longest selection &quot;In Other Reports…&quot; searches for (characters). Index in a CLI process (True), or on a pool thread of this process (False; also what happens when no CLI can be started).</extracomment>
        <translation>笔记本(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/feature.py" line="257"/>
        <source>Add Reports to the Library</source>
        <translation>将报告添加到文库</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/feature.py" line="262"/>
        <source>Add a Folder of Reports</source>
        <translation>添加一个报告文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/feature.py" line="280"/>
        <source>Adding…</source>
        <translation>正在添加…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/feature.py" line="307"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/feature.py" line="311"/>
        <source>Indexing %1 of %2: %3</source>
        <translation>正在索引第 %1 / %2 份：%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/ui/library/feature.py" line="318"/>
        <source>%n reports indexed</source>
        <translation>
            <numerusform>已索引 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/ui/library/feature.py" line="320"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n 份无法读取</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/feature.py" line="322"/>
        <source>cancelled: the rest is indexed at the next Add</source>
        <translation>已取消：其余的在下次添加时索引</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/searching.py" line="103"/>
        <location filename="../../gui/ui/library/searching.py" line="132"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/searching.py" line="117"/>
        <source>Reports: %n</source>
        <translation>%n 份报告</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/searching.py" line="126"/>
        <source>Reports: more than %1</source>
        <translation>超过 %1 份报告</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/searching.py" line="146"/>
        <source>Reports that mention %1: %n</source>
        <translation>%n 份报告提到 %1</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/searching.py" line="162"/>
        <source>%1 — places: %n</source>
        <translation>%1 — %n 处</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/searching.py" line="119"/>
        <source>Not found in the library</source>
        <translation>文库中未找到</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/searching.py" line="97"/>
        <source>Dates: 2021, 2021-03 or 2019–2021</source>
        <translation>日期写作：2021、2021-03 或 2019–2021</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/feature.py" line="390"/>
        <source>In &amp;Other Reports…</source>
        <translation>在其他报告中查找(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/versions.py" line="68"/>
        <source>A newer version of this report is in the library: %1</source>
        <extracomment>The newest offer made (None before any; tests read it).</extracomment>
        <translation>文库中有本报告的较新版本：%1</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/versions.py" line="74"/>
        <source>Notes from an Earlier Version</source>
        <translation>来自较早版本的笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/versions.py" line="76"/>
        <source>Notes of an earlier version that can be placed in this report: %n.</source>
        <translation>较早版本的 %n 条笔记可以放到本报告中。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/versions.py" line="84"/>
        <source>Notes that cannot be placed (they stay with the earlier version): %n</source>
        <translation>%n 条笔记无法放置，仍留在较早版本上：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/versions.py" line="103"/>
        <source>Notes added: %n</source>
        <translation>已添加 %n 条笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/versions.py" line="93"/>
        <source>Add them?</source>
        <translation>要添加吗？</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/linking.py" line="109"/>
        <source>Index this report first.</source>
        <translation>请先为这份报告建立索引。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/linking.py" line="138"/>
        <source>Linked: %1 revises %2</source>
        <translation>已关联：%1 修订了 %2</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/linking.py" line="153"/>
        <source>Rebuild the Index</source>
        <translation>重建索引</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/linking.py" line="154"/>
        <source>Read every report of the library again? Searches find only what is read again until it is done. Notes are not touched.</source>
        <translation>重新读取文库中的所有报告？完成之前，搜索只能找到已重新读取的报告。笔记不受影响。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/ui/main_window.py" line="48"/>
        <source>Reports (*.txt *.md *.html *.htm *.docx *.pdf)</source>
        <translation>报告 (*.txt *.md *.html *.htm *.docx *.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="49"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="68"/>
        <source>Report Reader</source>
        <translation>报告阅读器</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="224"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="225"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="226"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="228"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="231"/>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="234"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="237"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="240"/>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="242"/>
        <source>&amp;Font…</source>
        <translation>字体(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="244"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="244"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="244"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="260"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="267"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="268"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="274"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="275"/>
        <source>&amp;Script</source>
        <translation>简繁转换(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="282"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="288"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="294"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="359"/>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="360"/>
        <source>%1 — Report Reader</source>
        <translation>%1 — 报告阅读器</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="399"/>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="421"/>
        <source>Reading Font</source>
        <translation>阅读字体</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="450"/>
        <source>Open Report</source>
        <translation>打开报告</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/ui/main_window.py" line="376"/>
        <source>%n byte(s) of this file could not be decoded; they are marked as damaged text</source>
        <translation>
            <numerusform>此文件有 %n 个字节无法解码，已标记为损坏文本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="41"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="42"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="43"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="44"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="45"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="46"/>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="72"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="81"/>
        <source>Passage:</source>
        <translation>段落：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="90"/>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="93"/>
        <source>comma-separated, e.g. policy, 2021</source>
        <translation>以逗号分隔，例如：政策, 2021</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="94"/>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="108"/>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="85"/>
        <source>Your note (optional)</source>
        <translation>您的笔记（可留空）</translation>
    </message>
</context>
<context>
    <name>NotebookWindow</name>
    <message>
        <location filename="../../gui/ui/library/notebook.py" line="65"/>
        <source>Notebook</source>
        <translation>笔记本</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/notebook.py" line="81"/>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/notebook.py" line="89"/>
        <source>Changed: 2026, 2026-11</source>
        <translation>修改日期：2026、2026-11</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/notebook.py" line="92"/>
        <source>Text in the note or its quote</source>
        <translation>笔记或引文中的文字</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/notebook.py" line="116"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/notebook.py" line="141"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/notebook.py" line="144"/>
        <source>All reports</source>
        <translation>全部报告</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/notebook.py" line="187"/>
        <source>Dates: 2026, 2026-11 or 2025–2026</source>
        <translation>日期写作：2026、2026-11 或 2025–2026</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/notebook.py" line="218"/>
        <source>Bookmark: %1</source>
        <translation>书签：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/ui/library/notebook.py" line="227"/>
        <source>%n notes</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/ui/library/notebook.py" line="229"/>
        <source>%n bookmarks</source>
        <translation>
            <numerusform>%n 个书签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/ui/library/notebook.py" line="230"/>
        <source>%n reports</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/notebook.py" line="248"/>
        <source>Export Notebook</source>
        <translation>导出笔记本</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/notebook.py" line="264"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/notebook.py" line="285"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../gui/ui/library/notebook.py" line="291"/>
        <source>Cannot export the notebook: %1</source>
        <translation>无法导出笔记本：%1</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="105"/>
        <source>The notes database was damaged, so it was set aside as %1 and a new one was started.

It still lists %2 notes. Copy the notes that can be read into the new database?

Nothing is lost either way: the damaged file is kept.</source>
        <translation>笔记数据库已损坏，已将其移至 %1 并新建了一个数据库。

损坏的文件中仍列有 %2 条笔记。要把能读出的笔记复制到新数据库吗？

无论如何都不会丢失任何内容：损坏的文件会保留。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="97"/>
        <source>The notes database was damaged, so it was set aside as %1 and a new one was started.

It still lists %2 notes and %3 bookmarks. Copy the notes and bookmarks that can be read into the new database?

Nothing is lost either way: the damaged file is kept.</source>
        <extracomment>In-memory stores of closed windows, by the data dir path they stand in for. ``warn(title, message)``: how problems reach the user (the window&apos;s notifier). ``ask(title, question)``: a yes/no question to the user, True for yes (the default answer).</extracomment>
        <translation>笔记数据库已损坏，已将其移至 %1 并新建了一个数据库。

损坏的文件中仍列有 %2 条笔记和 %3 个书签。要把能读出的笔记和书签复制到新数据库吗？

无论如何都不会丢失任何内容：损坏的文件会保留。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="123"/>
        <source>%1 notes and %2 bookmarks were recovered from the damaged database.</source>
        <translation>已从损坏的数据库中恢复 %1 条笔记和 %2 个书签。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="116"/>
        <source>Recover notes?</source>
        <translation>恢复笔记？</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="128"/>
        <source>%1 notes were recovered from the damaged database.</source>
        <translation>已从损坏的数据库中恢复 %1 条笔记。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="133"/>
        <source>The damaged notes database is kept at %1.</source>
        <translation>损坏的笔记数据库保留在 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="185"/>
        <source>Add Note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="187"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="199"/>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="240"/>
        <source>Note changed in another window</source>
        <translation>笔记已在另一个窗口中更改</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="241"/>
        <source>This note was also changed in another Report Reader window. Your change was applied on top of that version, and the notes were reloaded.</source>
        <translation>此笔记也在另一个报告阅读器窗口中被修改。您的更改已应用在该版本之上，笔记已重新加载。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="269"/>
        <location filename="../../gui/ui/notes/controller.py" line="278"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="276"/>
        <source>Notes are not saved</source>
        <translation>笔记未保存</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="303"/>
        <source>Delete Note</source>
        <translation>删除笔记</translation>
    </message>
</context>
<context>
    <name>NotesDock</name>
    <message>
        <location filename="../../gui/ui/notes/dock.py" line="45"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/dock.py" line="55"/>
        <source>Filter notes…</source>
        <translation>筛选笔记…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/dock.py" line="63"/>
        <source>Show only notes with this tag</source>
        <translation>仅显示带有此标签的笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/dock.py" line="76"/>
        <source>Show %1 notes</source>
        <translation>显示%1笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/dock.py" line="97"/>
        <source>Delete Note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/dock.py" line="104"/>
        <source>Edit Note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/dock.py" line="112"/>
        <source>Section Note…</source>
        <translation>章节笔记…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/dock.py" line="115"/>
        <source>Add a note on the section at the top of the reader</source>
        <translation>为阅读区顶部的章节添加笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/dock.py" line="118"/>
        <source>Re-attach to Selection</source>
        <translation>重新关联到所选内容</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/dock.py" line="121"/>
        <source>Attach the selected orphaned note to the passage selected in the reader</source>
        <translation>将所选的未定位笔记关联到阅读区中选中的段落</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/dock.py" line="144"/>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/dock.py" line="213"/>
        <source>&amp;Go to Passage</source>
        <translation>转到段落(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/dock.py" line="214"/>
        <source>&amp;Edit Note…</source>
        <translation>编辑笔记(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/dock.py" line="217"/>
        <source>&amp;Re-attach to Selection</source>
        <translation>重新关联到所选内容(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/dock.py" line="220"/>
        <source>&amp;Delete Note</source>
        <translation>删除笔记(&amp;D)</translation>
    </message>
</context>
<context>
    <name>NotesFeature</name>
    <message>
        <location filename="../../gui/ui/notes/actions.py" line="36"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/actions.py" line="41"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/actions.py" line="54"/>
        <source>&amp;Highlight Selection</source>
        <translation>高亮所选内容(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/actions.py" line="60"/>
        <source>Highlight the selected passage (Ctrl+Shift+H)</source>
        <translation>高亮选中的段落（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/actions.py" line="65"/>
        <location filename="../../gui/ui/notes/context_menus.py" line="40"/>
        <source>Add &amp;Note…</source>
        <translation>添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/actions.py" line="71"/>
        <source>Add a note on the selected passage (Ctrl+Shift+N)</source>
        <translation>为选中的段落添加笔记（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/actions.py" line="76"/>
        <source>Add Note on &amp;Section…</source>
        <translation>为章节添加笔记(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/actions.py" line="82"/>
        <source>&amp;Export Notes…</source>
        <translation>导出笔记(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/actions.py" line="88"/>
        <source>&amp;Import Notes…</source>
        <translation>导入笔记(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/actions.py" line="95"/>
        <source>&amp;Technical Details in Exports for Reading</source>
        <translation>供阅读的导出包含技术细节(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/actions.py" line="106"/>
        <source>Quotes with &amp;Pinyin in Exports for Reading</source>
        <translation>供阅读的导出为引文加注拼音(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/actions.py" line="114"/>
        <source>Word-level pinyin of each quote: under it in Markdown, over each word in a web page</source>
        <translation>按词为每段引文注音：Markdown 中在引文下方，网页中在每个词上方</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/actions.py" line="101"/>
        <source>Add file name, fingerprint, offsets and note ids to the export</source>
        <translation>在导出中加入文件名、指纹、字符位置和笔记编号</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/actions.py" line="127"/>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/actions.py" line="129"/>
        <source>Highlight &amp;Colour</source>
        <translation>高亮颜色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/install.py" line="136"/>
        <location filename="../../gui/ui/notes/install.py" line="161"/>
        <source>Cannot add the note</source>
        <extracomment>``ask(parent, quote, initial, title) -&gt; NoteFields | None``: the note editor (replaceable: a caller without a user supplies the answer).</extracomment>
        <translation>无法添加笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/install.py" line="145"/>
        <location filename="../../gui/ui/notes/install.py" line="170"/>
        <source>Select a passage in the reader first.</source>
        <translation>请先在阅读区中选择一段文字。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/install.py" line="155"/>
        <source>Add Note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/install.py" line="181"/>
        <source>Note on Section</source>
        <translation>章节笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/install.py" line="191"/>
        <source>Scroll to a section first.</source>
        <translation>请先滚动到某个章节。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/install.py" line="199"/>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/install.py" line="208"/>
        <source>Note deleted. Edit → Undo brings it back.</source>
        <translation>笔记已删除。可通过“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/install.py" line="216"/>
        <location filename="../../gui/ui/notes/install.py" line="222"/>
        <source>Re-attach Note</source>
        <translation>重新关联笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/install.py" line="217"/>
        <source>Select the passage in the reader first, then choose Re-attach.</source>
        <translation>请先在阅读区中选择段落，然后选择“重新关联”。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/context_menus.py" line="31"/>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/context_menus.py" line="47"/>
        <source>&amp;Edit Note “%1”…</source>
        <translation>编辑笔记“%1”(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/context_menus.py" line="51"/>
        <source>&amp;Colour of “%1”</source>
        <translation>“%1”的颜色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/context_menus.py" line="61"/>
        <source>&amp;Delete Note “%1”</source>
        <translation>删除笔记“%1”(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/context_menus.py" line="73"/>
        <source>Change Colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/context_menus.py" line="83"/>
        <source>Add &amp;Note on This Section…</source>
        <translation>为本章节添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="177"/>
        <source>Cannot export notes</source>
        <translation>无法导出笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="181"/>
        <source>Notes exported to %1</source>
        <translation>笔记已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="214"/>
        <location filename="../../gui/ui/notes/transfer.py" line="219"/>
        <source>Cannot import notes</source>
        <translation>无法导入笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="229"/>
        <source>Notes imported</source>
        <translation>笔记已导入</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="230"/>
        <source>%1 notes added, %2 of them orphaned (passage not found); %3 already here.</source>
        <translation>已添加 %1 条笔记，其中 %2 条未定位（未找到对应段落）；%3 条已存在。</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../gui/models/notes_model.py" line="203"/>
        <source>Notes</source>
        <extracomment>The :class:`Note` of a note row (``None`` on group rows). ``(start, end)`` in text coordinates of a placed note (``None`` for orphans and groups). The note&apos;s colour name (``&quot;yellow&quot;`` …). Group key: section index, :data:`OUTSIDE` or :data:`ORPHANS` (on group rows). Rows announced as changed per event-loop turn after a refresh (see NotesModel.refresh).</extracomment>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../gui/models/notes_model.py" line="216"/>
        <source>Orphans (passage not found)</source>
        <translation>未定位笔记（未找到对应段落）</translation>
    </message>
    <message>
        <location filename="../../gui/models/notes_model.py" line="218"/>
        <source>Outside the sections</source>
        <translation>章节之外</translation>
    </message>
    <message>
        <location filename="../../gui/models/notes_model.py" line="219"/>
        <source>(untitled section)</source>
        <translation>（无标题章节）</translation>
    </message>
    <message>
        <location filename="../../gui/models/notes_model.py" line="227"/>
        <source>Notes whose passage was not found in this version of the document. Select a passage in the reader and choose Re-attach to selection.</source>
        <translation>这些笔记对应的段落在此版本的文档中未找到。请在阅读区中选择段落，然后选择“重新关联到所选内容”。</translation>
    </message>
    <message>
        <location filename="../../gui/models/notes_model.py" line="264"/>
        <source>Section: %1</source>
        <translation>章节：%1</translation>
    </message>
</context>
<context>
    <name>NotesTransfer</name>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="54"/>
        <source>Notes for reading — Markdown</source>
        <translation>供阅读的笔记 — Markdown</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="55"/>
        <source>Notes for reading — web page</source>
        <translation>供阅读的笔记 — 网页</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="58"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="59"/>
        <source>HTML page</source>
        <translation>HTML 网页</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="60"/>
        <source>CSV spreadsheet (UTF-8)</source>
        <translation>CSV 电子表格 (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="61"/>
        <source>Web Annotation JSON-LD</source>
        <translation>Web 注释 JSON-LD</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="115"/>
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="130"/>
        <source>Import Notes</source>
        <translation>导入笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="134"/>
        <source>Web Annotation JSON-LD (*.jsonld *.json)</source>
        <translation>Web 注释 JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="137"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>OutlineDock</name>
    <message>
        <location filename="../../gui/ui/outline_dock.py" line="22"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../gui/models/outline_model.py" line="153"/>
        <source>1 note</source>
        <extracomment>``Document.sections`` index of an item (-1 for the footer). Text position to jump to when the item is activated. ``{kind: count}`` filled by :meth:`OutlineModel.set_counts`. Changed ranges (one parent&apos;s children) announced to views per event-loop turn.</extracomment>
        <translation>1 条笔记</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/models/outline_model.py" line="153"/>
        <source>%n notes</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/models/outline_model.py" line="155"/>
        <source>1 entity</source>
        <translation>1 个实体</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/models/outline_model.py" line="155"/>
        <source>%n entities</source>
        <translation>
            <numerusform>%n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/models/outline_model.py" line="195"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../gui/models/outline_model.py" line="195"/>
        <source>Counts</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../gui/models/outline_model.py" line="217"/>
        <source>Page footer</source>
        <translation>页脚</translation>
    </message>
    <message>
        <location filename="../../gui/models/outline_model.py" line="221"/>
        <source>The site&apos;s footer (publisher, licence); not part of the report</source>
        <translation>网站页脚（发布者、许可信息），不属于报告正文</translation>
    </message>
</context>
<context>
    <name>PinyinDock</name>
    <message>
        <location filename="../../gui/ui/reading_aids/ruby.py" line="121"/>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/ruby.py" line="130"/>
        <source>Copy Pinyin</source>
        <translation>复制拼音</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../gui/ui/qt_strings.py" line="22"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/ui/qt_strings.py" line="23"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../gui/ui/qt_strings.py" line="16"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/qt_strings.py" line="17"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../gui/ui/qt_strings.py" line="19"/>
        <source>Page &amp;order:</source>
        <translation>页面顺序(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/qt_strings.py" line="20"/>
        <source>Pages &amp;per sheet:</source>
        <translation>每张页数(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../gui/selftest/checks.py" line="100"/>
        <source>Cancel</source>
        <extracomment>Text expected in each view of the default report (蘭州高新區 in the original).</extracomment>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../gui/ui/qt_strings.py" line="18"/>
        <source>Page &amp;Set:</source>
        <translation>页面组(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>ReaderExport</name>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="31"/>
        <source>%1 notes · %2 bookmarks</source>
        <translation>笔记 %1 条 · 书签 %2 个</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="32"/>
        <source>On the whole section</source>
        <translation>针对整节</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="33"/>
        <source>Opening</source>
        <translation>开篇</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="34"/>
        <source>Outside the sections</source>
        <translation>不属于任何章节</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="35"/>
        <source>Notes whose passage is no longer in the report</source>
        <translation>原文已不在报告中的笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="38"/>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="39"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="40"/>
        <source>Technical details</source>
        <translation>技术细节</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="41"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="42"/>
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="43"/>
        <source>Script: %1</source>
        <translation>字形：%1</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="44"/>
        <source>paragraph %1 · characters %2–%3 · note %4</source>
        <translation>第 %1 段 · 第 %2–%3 字 · 笔记 %4</translation>
    </message>
</context>
<context>
    <name>ReaderStatusBar</name>
    <message>
        <location filename="../../gui/ui/status_bar.py" line="49"/>
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../gui/ui/reader_view.py" line="253"/>
        <source>Characters lost when this page was scraped</source>
        <extracomment>A document longer than this is replaced by a fresh one and taken apart in slices (see ``_retire_document``) rather than cleared at once; shorter ones clear in a few ms. ``hook(menu, text_pos, selection_span_or_None)`` adds entries to the context menu.</extracomment>
        <translation>抓取此网页时丢失的字符</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reader_view.py" line="256"/>
        <source>Page footer: the site&apos;s publisher and licence lines, not the report</source>
        <translation>页脚：网站的发布者和许可信息，不属于报告正文</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reader_view.py" line="259"/>
        <source>Page furniture (site controls, news lines, captions): not the report</source>
        <translation>页面附属内容（网站控件、新闻信息行、图片说明）：不属于报告正文</translation>
    </message>
</context>
<context>
    <name>ReadingAidsFeature</name>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="68"/>
        <source>&amp;Dictionary at Pointer</source>
        <extracomment>How long the pointer rests before the pop-up follows it (ms): moving across a line must not look up every character it passes.</extracomment>
        <translation>指针处查词(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="70"/>
        <source>&amp;Look Up Word</source>
        <translation>查词(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="72"/>
        <source>Ne&amp;xt Word</source>
        <translation>下一个词(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="75"/>
        <source>Pre&amp;vious Word</source>
        <translation>上一个词(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="78"/>
        <source>Copy &amp;Pinyin</source>
        <translation>复制拼音(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="80"/>
        <source>Export &amp;Word List…</source>
        <translation>导出生词表(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="86"/>
        <source>&amp;Reading Aids</source>
        <translation>阅读辅助(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="206"/>
        <source>No dictionary word here.</source>
        <translation>此处没有词典词条。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="311"/>
        <source>Select some text first.</source>
        <translation>请先选择文字。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="314"/>
        <source>Pinyin copied.</source>
        <translation>已复制拼音。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="346"/>
        <source>Word List</source>
        <translation>生词表</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="349"/>
        <source>Added to the word list.</source>
        <translation>已加入生词表。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="356"/>
        <location filename="../../gui/ui/reading_aids/feature.py" line="366"/>
        <source>Export Word List</source>
        <translation>导出生词表</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="356"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="367"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="81"/>
        <source>Pinyin &amp;Above Text</source>
        <translation>文字上方显示拼音(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ReadingProgress</name>
    <message>
        <location filename="../../gui/ui/reading_progress.py" line="56"/>
        <location filename="../../gui/ui/reading_progress.py" line="64"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_progress.py" line="58"/>
        <source>§%1/%2</source>
        <translation>§%1/%2</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_progress.py" line="68"/>
        <source>Read %1% of the report (character %2 of %3)</source>
        <translation>已读报告的 %1%（第 %2 字，共 %3 字）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_progress.py" line="72"/>
        <source>Section %1 of %2: %3</source>
        <translation>第 %1 节，共 %2 节：%3</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <location filename="../../gui/ui/recent_menu.py" line="46"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/recent_menu.py" line="61"/>
        <source>No recent files</source>
        <translation>无最近文件</translation>
    </message>
    <message>
        <location filename="../../gui/ui/recent_menu.py" line="63"/>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <location filename="../../gui/ui/printing.py" line="52"/>
        <source>&amp;Print…</source>
        <extracomment>Body text on paper: smaller than on screen, where the reader sits farther away. Page margins in millimetres.</extracomment>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/printing.py" line="56"/>
        <source>Export as P&amp;DF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/printing.py" line="84"/>
        <source>Notes whose passage was not found in this version</source>
        <translation>在此版本中找不到原文的笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/printing.py" line="85"/>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location filename="../../gui/ui/printing.py" line="145"/>
        <source>Cannot export the PDF</source>
        <translation>无法导出 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/ui/printing.py" line="150"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../gui/ui/printing.py" line="164"/>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/ui/printing.py" line="166"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/printing.py" line="188"/>
        <source>Print Report</source>
        <translation>打印报告</translation>
    </message>
</context>
<context>
    <name>Script</name>
    <message>
        <location filename="../../gui/ui/script_toggle.py" line="24"/>
        <source>Original</source>
        <extracomment>Button labels are the scripts&apos; own names; they are not translated.</extracomment>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../gui/ui/script_toggle.py" line="25"/>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <location filename="../../gui/ui/script_toggle.py" line="26"/>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <location filename="../../gui/ui/script_toggle.py" line="27"/>
        <source>Traditional (Taiwan)</source>
        <translation>台湾正体</translation>
    </message>
    <message>
        <location filename="../../gui/ui/script_toggle.py" line="28"/>
        <source>Traditional (Hong Kong)</source>
        <translation>香港繁体</translation>
    </message>
</context>
<context>
    <name>WordPopup</name>
    <message>
        <location filename="../../gui/ui/reading_aids/popup.py" line="56"/>
        <location filename="../../gui/ui/reading_aids/popup.py" line="125"/>
        <source>Add to Word List</source>
        <extracomment>Senses shown per entry and entries shown per word: a pop-up, not a dictionary page.</extracomment>
        <translation>加入生词表</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/popup.py" line="85"/>
        <source>Simplified · Traditional</source>
        <translation>简体 · 繁体</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/popup.py" line="125"/>
        <source>In Word List</source>
        <translation>已在生词表中</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/popup.py" line="116"/>
        <source>Part of %1: %2</source>
        <translation>属于%1：%2</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../gui/app.py" line="108"/>
        <source>Something went wrong: %1

Details were written to %2.</source>
        <translation>出现错误：%1

详细信息已写入 %2。</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="113"/>
        <source>Report Reader</source>
        <translation>报告阅读器</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../gui/ui/language_menu.py" line="23"/>
        <source>&amp;Language</source>
        <extracomment>Windows replaced by a language switch stay referenced here until Qt has deleted them, and the current window is kept alive (the app&apos;s ``main`` only holds the first one).</extracomment>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/language_menu.py" line="26"/>
        <source>&amp;System Language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
</context>
</TS>
