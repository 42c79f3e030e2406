"""The kinds of real contests besides fill-in and single choice: multi (多项选择题), judge (判断题), source (出处题).

Each module turns the ranked key phrases of a source into candidate items of its kind, best first;
:mod:`textkit.quiz.paper` chooses among them with the maker's cloze and choice items.
"""
