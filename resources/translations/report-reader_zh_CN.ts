<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EntityDock</name>
    <message>
        <location filename="../../gui/ui/entities/dock.py" line="39"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/dock.py" line="48"/>
        <source>Show entities</source>
        <translation>显示实体</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/dock.py" line="67"/>
        <source>Show or hide %1 highlights</source>
        <translation>显示或隐藏%1高亮</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/dock.py" line="75"/>
        <source>Filter entities…</source>
        <translation>筛选实体…</translation>
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
        <location filename="../../gui/ui/entities/feature.py" line="141"/>
        <source>Entity corrections not loaded</source>
        <translation>未加载实体更正</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/feature.py" line="142"/>
        <source>%1
The file is kept as it is until you make a new correction.</source>
        <translation>%1
在您做出新的更正之前，该文件将保持原样。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/feature.py" line="152"/>
        <source>Recognising entities…</source>
        <translation>正在识别实体…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/ui/entities/feature.py" line="192"/>
        <source>%n entities</source>
        <translation>
            <numerusform>%n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/feature.py" line="194"/>
        <source> (recognised in %1 parts)</source>
        <translation>（分 %1 段识别）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/feature.py" line="200"/>
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
        <location filename="../../gui/ui/entities/feature.py" line="72"/>
        <source>Entity &amp;Panel</source>
        <extracomment>Recognition starts this long after a document is shown.</extracomment>
        <translation>实体面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/feature.py" line="238"/>
        <source>%1: occurrence %2 of %3</source>
        <translation>%1：第 %2 处，共 %3 处</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="34"/>
        <source>Mark “%1” As</source>
        <translation>将“%1”标记为</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="49"/>
        <source>“%1” Is Not an Entity</source>
        <translation>“%1”不是实体</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="65"/>
        <source>Forget Correction of “%1”</source>
        <translation>清除对“%1”的更正</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="91"/>
        <source>Cannot save the correction</source>
        <translation>无法保存更正</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="105"/>
        <source>Cannot export entity corrections</source>
        <translation>无法导出实体更正</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="110"/>
        <source>Exported %n entity correction(s).</source>
        <translation>已导出 %n 条实体更正。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="122"/>
        <source>Cannot import entity corrections</source>
        <translation>无法导入实体更正</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="123"/>
        <source>%1
Your corrections have not changed.</source>
        <translation>%1
您的更正保持不变。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="129"/>
        <source>Imported %n entity correction(s).</source>
        <translation>已导入 %n 条实体更正。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="137"/>
        <source>Export Entity Corrections</source>
        <translation>导出实体更正</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="139"/>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="151"/>
        <source>Entity corrections (*.json)</source>
        <translation>实体更正 (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="147"/>
        <source>Import Entity Corrections</source>
        <translation>导入实体更正</translation>
    </message>
    <message>
        <location filename="../../gui/ui/entities/corrections_menu.py" line="152"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>EntityModel</name>
    <message>
        <location filename="../../gui/models/entity_model.py" line="183"/>
        <source>Entity</source>
        <extracomment>The entity type of an item (both levels). The Simplified key of an entity item (None for a type item). Number of occurrences (an entity) or of all occurrences of the type&apos;s shown entities. What a script switch changes: the text an entity is shown with.</extracomment>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../gui/models/entity_model.py" line="183"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/models/entity_model.py" line="215"/>
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
    <name>FindBar</name>
    <message>
        <location filename="../../gui/ui/find_bar.py" line="42"/>
        <source>Find in any script (发展 = 發展)</source>
        <translation>不分简繁查找（发展 = 發展）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/find_bar.py" line="49"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>上一个匹配项（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/find_bar.py" line="53"/>
        <source>Next match (Enter, F3)</source>
        <translation>下一个匹配项（Enter、F3）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/find_bar.py" line="57"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/find_bar.py" line="61"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/find_bar.py" line="140"/>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <location filename="../../gui/ui/find_bar.py" line="145"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/ui/main_window.py" line="45"/>
        <source>Reports (*.txt *.md *.html *.htm *.docx *.pdf)</source>
        <translation>报告 (*.txt *.md *.html *.htm *.docx *.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="46"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="65"/>
        <source>Report Reader</source>
        <translation>报告阅读器</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="206"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="207"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="208"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="210"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="213"/>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="216"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="219"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="222"/>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="224"/>
        <source>&amp;Font…</source>
        <translation>字体(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="226"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="226"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="226"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="241"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="248"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="249"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="255"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="256"/>
        <source>&amp;Script</source>
        <translation>简繁转换(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="263"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="268"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="274"/>
        <source>Script</source>
        <translation>简繁转换</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="339"/>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="340"/>
        <source>%1 — Report Reader</source>
        <translation>%1 — 报告阅读器</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="379"/>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="401"/>
        <source>Reading Font</source>
        <translation>阅读字体</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="430"/>
        <source>Open Report</source>
        <translation>打开报告</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/ui/main_window.py" line="356"/>
        <source>%n byte(s) of this file could not be decoded; they are marked as damaged text</source>
        <translation>
            <numerusform>此文件有 %n 个字节无法解码，已标记为损坏文本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="40"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="41"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="42"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="43"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="44"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="45"/>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="71"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="80"/>
        <source>Passage:</source>
        <translation>段落：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="83"/>
        <source>Your note (leave empty for a plain highlight)</source>
        <translation>您的笔记（留空则仅作高亮）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="87"/>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="90"/>
        <source>comma-separated, e.g. policy, 2021</source>
        <translation>以逗号分隔，例如：政策, 2021</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="91"/>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/editor.py" line="104"/>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="100"/>
        <source>The notes database was damaged, so it was set aside as %1 and a new one was started.

It still lists %2 notes. Copy the notes that can be read into the new database?

Nothing is lost either way: the damaged file is kept.</source>
        <translation>笔记数据库已损坏，已将其移至 %1 并新建了一个数据库。

损坏的文件中仍列有 %2 条笔记。要把能读出的笔记复制到新数据库吗？

无论如何都不会丢失任何内容：损坏的文件会保留。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="100"/>
        <source>Recover notes?</source>
        <translation>恢复笔记？</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="100"/>
        <source>%1 notes were recovered from the damaged database.</source>
        <translation>已从损坏的数据库中恢复 %1 条笔记。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="100"/>
        <source>The damaged notes database is kept at %1.</source>
        <translation>损坏的笔记数据库保留在 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="113"/>
        <source>Add Note</source>
        <extracomment>In-memory stores of closed windows, by the data dir path they stand in for. ``warn(title, message)``: how problems reach the user (the window&apos;s notifier).</extracomment>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="115"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="127"/>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="168"/>
        <source>Note changed in another window</source>
        <translation>笔记已在另一个窗口中更改</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="169"/>
        <source>This note was also changed in another Report Reader window. Your change was applied on top of that version, and the notes were reloaded.</source>
        <translation>此笔记也在另一个报告阅读器窗口中被修改。您的更改已应用在该版本之上，笔记已重新加载。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="197"/>
        <location filename="../../gui/ui/notes/controller.py" line="206"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="204"/>
        <source>Notes are not saved</source>
        <translation>笔记未保存</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/controller.py" line="231"/>
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
        <location filename="../../gui/ui/notes/dock.py" line="208"/>
        <source>&amp;Go to Passage</source>
        <translation>转到段落(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/dock.py" line="209"/>
        <source>&amp;Edit Note…</source>
        <translation>编辑笔记(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/dock.py" line="212"/>
        <source>&amp;Re-attach to Selection</source>
        <translation>重新关联到所选内容(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/dock.py" line="215"/>
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
        <location filename="../../gui/ui/notes/context_menus.py" line="39"/>
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
        <location filename="../../gui/ui/notes/actions.py" line="101"/>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/actions.py" line="103"/>
        <source>Highlight &amp;Colour</source>
        <translation>高亮颜色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/feature.py" line="135"/>
        <location filename="../../gui/ui/notes/feature.py" line="160"/>
        <source>Cannot add the note</source>
        <extracomment>``ask(parent, quote, initial, title) -&gt; NoteFields | None``: the note editor (replaceable: a caller without a user supplies the answer).</extracomment>
        <translation>无法添加笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/feature.py" line="144"/>
        <location filename="../../gui/ui/notes/feature.py" line="169"/>
        <source>Select a passage in the reader first.</source>
        <translation>请先在阅读区中选择一段文字。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/feature.py" line="154"/>
        <source>Add Note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/feature.py" line="180"/>
        <source>Note on Section</source>
        <translation>章节笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/feature.py" line="190"/>
        <source>Scroll to a section first.</source>
        <translation>请先滚动到某个章节。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/feature.py" line="198"/>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/feature.py" line="207"/>
        <source>Note deleted. Edit → Undo brings it back.</source>
        <translation>笔记已删除。可通过“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/feature.py" line="215"/>
        <location filename="../../gui/ui/notes/feature.py" line="221"/>
        <source>Re-attach Note</source>
        <translation>重新关联笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/feature.py" line="216"/>
        <source>Select the passage in the reader first, then choose Re-attach.</source>
        <translation>请先在阅读区中选择段落，然后选择“重新关联”。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/context_menus.py" line="30"/>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/context_menus.py" line="46"/>
        <source>&amp;Edit Note “%1”…</source>
        <translation>编辑笔记“%1”(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/context_menus.py" line="50"/>
        <source>&amp;Delete Note “%1”</source>
        <translation>删除笔记“%1”(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/context_menus.py" line="61"/>
        <source>Add &amp;Note on This Section…</source>
        <translation>为本章节添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="108"/>
        <source>Cannot export notes</source>
        <translation>无法导出笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="112"/>
        <source>Notes exported to %1</source>
        <translation>笔记已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="135"/>
        <location filename="../../gui/ui/notes/transfer.py" line="140"/>
        <source>Cannot import notes</source>
        <translation>无法导入笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="148"/>
        <source>Notes imported</source>
        <translation>笔记已导入</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="149"/>
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
        <location filename="../../gui/ui/notes/transfer.py" line="28"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="29"/>
        <source>HTML page</source>
        <translation>HTML 网页</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="30"/>
        <source>CSV spreadsheet (UTF-8)</source>
        <translation>CSV 电子表格 (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="31"/>
        <source>Web Annotation JSON-LD</source>
        <translation>Web 注释 JSON-LD</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="54"/>
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="69"/>
        <source>Import Notes</source>
        <translation>导入笔记</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="73"/>
        <source>Web Annotation JSON-LD (*.jsonld *.json)</source>
        <translation>Web 注释 JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/notes/transfer.py" line="76"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>OutlineDock</name>
    <message>
        <location filename="../../gui/ui/outline_dock.py" line="21"/>
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
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../gui/selftest/checks.py" line="100"/>
        <source>Cancel</source>
        <extracomment>Text expected in each view of the default report (蘭州高新區 in the original).</extracomment>
        <translation>取消</translation>
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
        <location filename="../../gui/ui/reader_view.py" line="242"/>
        <source>Characters lost when this page was scraped</source>
        <extracomment>A document longer than this is replaced by a fresh one and taken apart in slices (see ``_retire_document``) rather than cleared at once; shorter ones clear in a few ms. ``hook(menu, text_pos, selection_span_or_None)`` adds entries to the context menu.</extracomment>
        <translation>抓取此网页时丢失的字符</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reader_view.py" line="245"/>
        <source>Page footer: the site&apos;s publisher and licence lines, not the report</source>
        <translation>页脚：网站的发布者和许可信息，不属于报告正文</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reader_view.py" line="248"/>
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
        <location filename="../../gui/ui/reading_aids/feature.py" line="83"/>
        <source>&amp;Reading Aids</source>
        <translation>阅读辅助(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="183"/>
        <source>No dictionary word here.</source>
        <translation>此处没有词典词条。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="260"/>
        <source>Select some text first.</source>
        <translation>请先选择文字。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="263"/>
        <source>Pinyin copied.</source>
        <translation>已复制拼音。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="295"/>
        <source>Word List</source>
        <translation>生词表</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="298"/>
        <source>Added to the word list.</source>
        <translation>已加入生词表。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="305"/>
        <location filename="../../gui/ui/reading_aids/feature.py" line="315"/>
        <source>Export Word List</source>
        <translation>导出生词表</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="305"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/feature.py" line="316"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <location filename="../../gui/ui/recent_menu.py" line="21"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/recent_menu.py" line="34"/>
        <source>No recent files</source>
        <translation>无最近文件</translation>
    </message>
    <message>
        <location filename="../../gui/ui/recent_menu.py" line="36"/>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Script</name>
    <message>
        <location filename="../../gui/ui/script_actions.py" line="24"/>
        <source>Original</source>
        <extracomment>Button labels are the scripts&apos; own names; they are not translated.</extracomment>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../gui/ui/script_actions.py" line="25"/>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <location filename="../../gui/ui/script_actions.py" line="26"/>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <location filename="../../gui/ui/script_actions.py" line="27"/>
        <source>Traditional (Taiwan)</source>
        <translation>台湾正体</translation>
    </message>
    <message>
        <location filename="../../gui/ui/script_actions.py" line="28"/>
        <source>Traditional (Hong Kong)</source>
        <translation>香港繁体</translation>
    </message>
</context>
<context>
    <name>WordPopup</name>
    <message>
        <location filename="../../gui/ui/reading_aids/popup.py" line="48"/>
        <location filename="../../gui/ui/reading_aids/popup.py" line="94"/>
        <source>Add to Word List</source>
        <extracomment>Senses shown per entry and entries shown per word: a pop-up, not a dictionary page.</extracomment>
        <translation>加入生词表</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/popup.py" line="69"/>
        <source>Simplified · Traditional</source>
        <translation>简体 · 繁体</translation>
    </message>
    <message>
        <location filename="../../gui/ui/reading_aids/popup.py" line="94"/>
        <source>In Word List</source>
        <translation>已在生词表中</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../gui/app.py" line="113"/>
        <source>Something went wrong: %1

Details were written to %2.</source>
        <translation>出现错误：%1

详细信息已写入 %2。</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="118"/>
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
