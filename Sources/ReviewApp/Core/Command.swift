import ReviewModel

/// Everything a key can do. The key table maps keys to these; help is generated from it.
public enum Command: Hashable, Sendable {
    case help, quit, showPane(Pane), nextPane, previousPane
    case up, down, pageUp, pageDown, top, bottom, left, right
    case search, searchNext, searchPrevious, filter, escape
    case edit, add, delete, moveUp, moveDown, duplicate
    case undo, redo, save, commandLine
    case setRAG(RAG), cycleStatus
    case nextYear, nextChartMeasure, toggleBudgetScope
    case toggleProsCons
    case read
    case quickAction, present, showHistory
    case showWarnings, showMessages
    case suspend, interrupt
}
