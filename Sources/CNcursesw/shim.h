/*
 * shim.h: the C side of the ncurses backend.
 *
 * Swift 6 cannot use the curses globals (stdscr, LINES, COLS, COLORS) or the
 * function-like and bit-twiddling macros (A_BOLD, COLOR_PAIR, KEY_F), so each is
 * wrapped in a `static inline` function here. Only Sources/NcursesBackend imports
 * this module.
 *
 * Note on state: every `static` here is private to each object file that uses it.
 * The fatal-signal guard's saved termios lives in a function-local static, and
 * `shim_install_fatal_signal_handlers` both saves it and installs the handler that
 * reads it, so one call sets up one consistent copy. Flags that Swift must read
 * (termination signals) live in Swift instead.
 */
#ifndef MERGER_REVIEW_CNCURSESW_SHIM_H
#define MERGER_REVIEW_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* ---- globals ---------------------------------------------------------------- */

static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }

/* ---- attributes and colour pairs --------------------------------------------- */

static inline attr_t shim_attr_normal(void) { return A_NORMAL; }
static inline attr_t shim_attr_bold(void) { return A_BOLD; }
static inline attr_t shim_attr_reverse(void) { return A_REVERSE; }
static inline attr_t shim_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_attr_dim(void) { return A_DIM; }
static inline attr_t shim_color_pair_attr(int pair) { return (attr_t)COLOR_PAIR(pair); }

/* ---- keys ----------------------------------------------------------------------- */

static inline int shim_key_code_yes(void) { return KEY_CODE_YES; }
static inline int shim_key_f(int n) { return KEY_F(n); }
static inline int shim_key_up(void) { return KEY_UP; }
static inline int shim_key_down(void) { return KEY_DOWN; }
static inline int shim_key_left(void) { return KEY_LEFT; }
static inline int shim_key_right(void) { return KEY_RIGHT; }
static inline int shim_key_home(void) { return KEY_HOME; }
static inline int shim_key_end(void) { return KEY_END; }
static inline int shim_key_ppage(void) { return KEY_PPAGE; }
static inline int shim_key_npage(void) { return KEY_NPAGE; }
static inline int shim_key_btab(void) { return KEY_BTAB; }
static inline int shim_key_enter(void) { return KEY_ENTER; }
static inline int shim_key_backspace(void) { return KEY_BACKSPACE; }
static inline int shim_key_dc(void) { return KEY_DC; }
static inline int shim_key_ic(void) { return KEY_IC; }
static inline int shim_key_resize(void) { return KEY_RESIZE; }

static inline long long shim_monotonic_milliseconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

/* ---- errno and locale ------------------------------------------------------------ */

static inline int shim_errno(void) { return errno; }
static inline void shim_clear_errno(void) { errno = 0; }
static inline const char *shim_codeset(void) { return nl_langinfo(CODESET); }

/* ---- signal dispositions (SIG_IGN and SIG_DFL are macros Swift cannot import) -- */

static inline void shim_ignore_signal(int sig) { signal(sig, SIG_IGN); }
static inline void shim_default_signal(int sig) { signal(sig, SIG_DFL); }

/* ---- fatal signals ----------------------------------------------------------------
 * SIGSEGV, SIGILL (Swift traps on x86), SIGTRAP (Swift traps on arm), SIGBUS, SIGFPE
 * and SIGABRT: put the terminal back as it was before curses started, leave the
 * alternate screen, show the cursor, then die of the same signal so the exit status
 * and any core dump are unchanged. Only async-signal-safe calls are used.
 */

struct shim_fatal_signal_state {
    struct termios saved_termios;
    int saved_termios_valid;
    int stdout_is_terminal;
};

/* A function-local static: Swift emits it with the function (a file-scope static
 * variable in an imported header is not emitted and fails to link). */
static inline struct shim_fatal_signal_state *shim_fatal_signal_state(void) {
    static struct shim_fatal_signal_state state;
    return &state;
}

static inline void shim_fatal_signal_handler(int sig) {
    struct shim_fatal_signal_state *state = shim_fatal_signal_state();
    if (state->saved_termios_valid) {
        (void)tcsetattr(STDIN_FILENO, TCSANOW, &state->saved_termios);
    }
    if (state->stdout_is_terminal) {
        static const char restore[] = "\033[0m\033[?2004l\033[?1000l\033[?1006l\033[?1049l\033[?25h";
        ssize_t written = write(STDOUT_FILENO, restore, sizeof restore - 1);
        (void)written;
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Saves the current termios of stdin (call before curses starts) and installs the
 * handler, in one call so both use the same copy of the state. */
static inline void shim_install_fatal_signal_handlers(void) {
    struct shim_fatal_signal_state *state = shim_fatal_signal_state();
    state->saved_termios_valid =
        isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &state->saved_termios) == 0;
    state->stdout_is_terminal = isatty(STDOUT_FILENO);
    signal(SIGSEGV, shim_fatal_signal_handler);
    signal(SIGILL, shim_fatal_signal_handler);
    signal(SIGTRAP, shim_fatal_signal_handler);
    signal(SIGBUS, shim_fatal_signal_handler);
    signal(SIGFPE, shim_fatal_signal_handler);
    signal(SIGABRT, shim_fatal_signal_handler);
}

static inline void shim_remove_fatal_signal_handlers(void) {
    signal(SIGSEGV, SIG_DFL);
    signal(SIGILL, SIG_DFL);
    signal(SIGTRAP, SIG_DFL);
    signal(SIGBUS, SIG_DFL);
    signal(SIGFPE, SIG_DFL);
    signal(SIGABRT, SIG_DFL);
}

/* ---- terminal modes curses does not know (bracketed paste, mouse reporting) ----- */

/* Writes a control sequence straight to the terminal (standard output). */
static inline void shim_write_terminal(const char *sequence) {
    size_t length = strlen(sequence);
    while (length > 0) {
        ssize_t written = write(STDOUT_FILENO, sequence, length);
        if (written <= 0) return;
        sequence += written;
        length -= (size_t)written;
    }
}

/* Stops the process as Ctrl-Z does in a cooked terminal; returns when the shell
 * continues it (fg). */
static inline void shim_stop_process(void) { raise(SIGSTOP); }

/* ---- the mouse: clicks, double clicks and the wheel ------------------------------ */

static inline int shim_key_mouse(void) { return KEY_MOUSE; }

static inline mmask_t shim_mouse_events(void) {
    mmask_t events = BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
    events |= BUTTON5_PRESSED;
#endif
    return events;
}

/* Turns mouse reporting on or off. curses picks the protocol from the terminal's entry:
 * SGR (1006) where kmous is "\E[<" (xterm-256color), the X10 form otherwise. A double click
 * is two clicks within 200 ms. Returns 1 when the terminal reports the mouse. */
static inline int shim_mouse_enable(int on) {
    if (!on) {
        mousemask(0, NULL);
        return 0;
    }
    mouseinterval(200);
    return mousemask(shim_mouse_events(), NULL) != 0;
}

/* 1 click, 2 double click, 3 wheel up, 4 wheel down, 0 anything else. */
static inline int shim_mouse_kind(mmask_t state) {
    if (state & BUTTON1_DOUBLE_CLICKED) return 2;
    if (state & BUTTON1_CLICKED) return 1;
    if (state & BUTTON4_PRESSED) return 3;
#ifdef BUTTON5_PRESSED
    if (state & BUTTON5_PRESSED) return 4;
#endif
    return 0;
}

/* The mouse event curses has after returning KEY_MOUSE: its kind (as above) and its cell. */
static inline int shim_get_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    return shim_mouse_kind(event.bstate);
}

/* Queues a mouse event of a kind (as above) at a cell, as if the terminal had sent it (tests). */
static inline int shim_unget_mouse(int x, int y, int kind) {
    MEVENT event;
    memset(&event, 0, sizeof event);
    event.x = x;
    event.y = y;
    event.bstate = kind == 1 ? BUTTON1_CLICKED : kind == 2 ? BUTTON1_DOUBLE_CLICKED : BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
    if (kind == 4) event.bstate = BUTTON5_PRESSED;
#endif
    return ungetmouse(&event);
}

/* ---- headless screens (tests) --------------------------------------------------- */

static inline FILE *shim_stdin(void) { return stdin; }
static inline FILE *shim_stdout(void) { return stdout; }
static inline FILE *shim_open_file(const char *path, const char *mode) { return fopen(path, mode); }
static inline void shim_close_file(FILE *file) { if (file) fclose(file); }

#endif /* MERGER_REVIEW_CNCURSESW_SHIM_H */
