/*
 * fixtures-launch: the one small program the process executors exec, built static (no dynamic loader to run).
 *
 *   fixtures-launch run <rttime|-> <program> [args...]
 *       Puts itself in a new session and process group, unblocks every signal and sets each to its default
 *       action, sets the run's marker limit (a soft RLIMIT_RTTIME of <rttime> microseconds), then execs the
 *       program (searched on PATH; a script without #! runs with /bin/sh). Status 127 if it does not exist, 126
 *       if it cannot be run.
 *
 *   fixtures-launch exec <rttime|-> <NAME=value|-> <file> <argv0> [args...]
 *       The same, but execs <file> as it is (the caller found it on PATH already) with the arguments <argv0>
 *       [args...], after adding NAME=value (the run's marker) to the environment.
 *
 *   fixtures-launch watch <environment prefix> <rttime prefix|-> <directory>
 *       The watchdog of one JVM, in a session of its own, deaf to the usual signals. Reads lines from stdin:
 *       "+<pid>" when a run started, "-<pid>" when it ended. At end-of-file (the JVM is gone, however it ended) it
 *       kills the process group of every run still known whose leader still carries the JVM's marker, then
 *       sweeps /proc, killing every process that carries it (a soft RLIMIT_RTTIME whose value divided by 10^9 is
 *       <rttime prefix>, or else an environment entry starting with <environment prefix>), until two sweeps in
 *       a row find nothing (for at most a second); then deletes <directory> and exits.
 *
 * Rebuild with scripts/build-launcher after a change.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

/* Runs a file the kernel cannot (a script without #!) with /bin/sh, as execvp and the JDK do. */
static void exec_file(const char *file, char **argv) {
    execv(file, argv);
    if (errno == ENOEXEC) {
        int count = 0;
        while (argv[count] != NULL) {
            count++;
        }
        char **shell = malloc((count + 2) * sizeof *shell);
        if (shell != NULL) {
            shell[0] = "sh";
            shell[1] = (char *) file;
            memcpy(shell + 2, argv + 1, count * sizeof *shell);
            execv("/bin/sh", shell);
            errno = ENOEXEC;
        }
    }
}

/* Execs program as execvp does: as a path if it holds a slash, else from the first directory on PATH that has it. */
static int exec_on_path(const char *program, char **argv) {
    if (strchr(program, '/') != NULL) {
        exec_file(program, argv);
        return errno;
    }
    const char *path = getenv("PATH");
    if (path == NULL) {
        path = "/usr/local/bin:/bin:/usr/bin";
    }
    int error = ENOENT;
    size_t length = strlen(program);
    while (1) {
        const char *end = strchr(path, ':');
        size_t dir = end == NULL ? strlen(path) : (size_t) (end - path);
        char *file = malloc(dir + length + 3);
        if (file == NULL) {
            return ENOMEM;
        }
        memcpy(file, dir == 0 ? "." : path, dir == 0 ? 1 : dir);
        size_t at = dir == 0 ? 1 : dir;
        file[at++] = '/';
        memcpy(file + at, program, length + 1);
        exec_file(file, argv);
        free(file);
        if (errno != ENOENT && errno != ENOTDIR) {
            error = errno; /* found but not runnable: remember why, and look further as execvp does */
        }
        if (end == NULL) {
            return error;
        }
        path = end + 1;
    }
}

/* A new session and process group, every signal unblocked and at its default action, the marker limit. */
static void prepare(const char *rttime) {
    setsid();
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    for (int s = 1; s < NSIG; s++) {
        if (s != SIGKILL && s != SIGSTOP) {
            sigaction(s, &dfl, NULL); /* glibc refuses its own two real-time signals: they keep the default */
        }
    }
    if (strcmp(rttime, "-") != 0) {
        struct rlimit limit;
        if (getrlimit(RLIMIT_RTTIME, &limit) == 0) {
            limit.rlim_cur = strtoull(rttime, NULL, 10);
            setrlimit(RLIMIT_RTTIME, &limit);
        }
    }
}

static int cannot_run(const char *program, int error) {
    dprintf(2, "fixtures-launch: cannot run %s: %s\n", program, strerror(error));
    return error == ENOENT || error == ENOTDIR ? 127 : 126;
}

static int run(int argc, char **argv) {
    if (argc < 4) {
        dprintf(2, "usage: fixtures-launch run <rttime|-> <program> [args...]\n");
        return 2;
    }
    prepare(argv[2]);
    int error = exec_on_path(argv[3], argv + 3);
    return cannot_run(argv[3], error);
}

static int exec_file_as(int argc, char **argv) {
    if (argc < 6) {
        dprintf(2, "usage: fixtures-launch exec <rttime|-> <NAME=value|-> <file> <argv0> [args...]\n");
        return 2;
    }
    prepare(argv[2]);
    if (strcmp(argv[3], "-") != 0 && putenv(argv[3]) != 0) {
        return cannot_run(argv[5], errno);
    }
    exec_file(argv[4], argv + 5);
    return cannot_run(argv[4], errno);
}

static const char *prefix;
static size_t prefix_length;
static unsigned long long rttime_prefix;
static char buffer[256 * 1024];

/* Reads /proc/<pid>/<file> into buffer, NUL-terminated; its length, or -1. */
static ssize_t slurp(const char *pid, const char *file) {
    char path[64];
    snprintf(path, sizeof path, "/proc/%s/%s", pid, file);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return -1;
    }
    ssize_t length = 0;
    ssize_t n;
    while (length < (ssize_t) sizeof buffer - 1
            && (n = read(fd, buffer + length, sizeof buffer - 1 - length)) > 0) {
        length += n;
    }
    close(fd);
    buffer[length] = 0;
    return length;
}

static int marked(const char *pid) {
    if (rttime_prefix != 0) {
        if (slurp(pid, "limits") < 0) {
            return 0;
        }
        char *line = strstr(buffer, "Max realtime timeout");
        if (line == NULL) {
            return 0;
        }
        line += strlen("Max realtime timeout");
        while (*line == ' ') {
            line++;
        }
        if (*line < '0' || *line > '9') {
            return 0;
        }
        return strtoull(line, NULL, 10) / 1000000000ULL == rttime_prefix;
    }
    ssize_t length = slurp(pid, "environ");
    for (ssize_t at = 0; at < length; at += strlen(buffer + at) + 1) {
        if (strncmp(buffer + at, prefix, prefix_length) == 0) {
            return 1;
        }
    }
    return 0;
}

/* Kills every marked process; how many it found. */
static int sweep(void) {
    int found = 0;
    DIR *proc = opendir("/proc");
    if (proc == NULL) {
        return 0;
    }
    pid_t self = getpid();
    struct dirent *entry;
    while ((entry = readdir(proc)) != NULL) {
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9') {
            continue;
        }
        pid_t pid = (pid_t) atol(entry->d_name);
        if (pid != self && marked(entry->d_name)) {
            kill(pid, SIGKILL);
            found++;
        }
    }
    closedir(proc);
    return found;
}

static int remove_entry(const char *path, const struct stat *info, int flag, struct FTW *walk) {
    (void) info;
    (void) flag;
    (void) walk;
    remove(path);
    return 0;
}

static long elapsed_ms(const struct timespec *since) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (now.tv_sec - since->tv_sec) * 1000L + (now.tv_nsec - since->tv_nsec) / 1000000L;
}

static int watch(int argc, char **argv) {
    if (argc != 5) {
        dprintf(2, "usage: fixtures-launch watch <environment prefix> <rttime prefix|-> <directory>\n");
        return 2;
    }
    setsid();
    signal(SIGINT, SIG_IGN);
    signal(SIGTERM, SIG_IGN);
    signal(SIGHUP, SIG_IGN);
    signal(SIGQUIT, SIG_IGN);
    signal(SIGPIPE, SIG_IGN);
    prefix = argv[2];
    prefix_length = strlen(prefix);
    rttime_prefix = strcmp(argv[3], "-") == 0 ? 0 : strtoull(argv[3], NULL, 10);
    size_t capacity = 64;
    size_t count = 0;
    pid_t *runs = malloc(capacity * sizeof *runs);
    char line[32];
    size_t length = 0;
    char c;
    ssize_t n;
    while ((n = read(0, &c, 1)) != 0) {
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            break;
        }
        if (c != '\n') {
            if (length < sizeof line - 1) {
                line[length++] = c;
            }
            continue;
        }
        line[length] = 0;
        length = 0;
        pid_t pid = (pid_t) atol(line + 1);
        if (line[0] == '+' && pid > 0) {
            if (count == capacity) {
                pid_t *more = realloc(runs, 2 * capacity * sizeof *runs);
                if (more == NULL) {
                    continue; /* the sweep still finds it */
                }
                runs = more;
                capacity *= 2;
            }
            if (runs != NULL) {
                runs[count++] = pid;
            }
        } else if (line[0] == '-' && pid > 0) {
            for (size_t i = 0; i < count; i++) {
                if (runs[i] == pid) {
                    runs[i] = runs[--count];
                    break;
                }
            }
        }
    }
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (size_t i = 0; i < count; i++) {
        char name[24];
        snprintf(name, sizeof name, "%d", (int) runs[i]);
        if (marked(name)) { /* still the run's leader, not a pid used again */
            kill(-runs[i], SIGKILL);
            kill(runs[i], SIGKILL);
        }
    }
    struct timespec pause = {0, 1000 * 1000};
    for (int quiet = 0; quiet < 2 && elapsed_ms(&start) < 1000;) {
        quiet = sweep() > 0 ? 0 : quiet + 1;
        nanosleep(&pause, NULL);
    }
    nftw(argv[4], remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    return 0;
}

int main(int argc, char **argv) {
    if (argc >= 2 && strcmp(argv[1], "run") == 0) {
        return run(argc, argv);
    }
    if (argc >= 2 && strcmp(argv[1], "exec") == 0) {
        return exec_file_as(argc, argv);
    }
    if (argc >= 2 && strcmp(argv[1], "watch") == 0) {
        return watch(argc, argv);
    }
    dprintf(2, "usage: fixtures-launch run <rttime|-> <program> [args...]\n"
            "       fixtures-launch exec <rttime|-> <NAME=value|-> <file> <argv0> [args...]\n"
            "       fixtures-launch watch <environment prefix> <rttime prefix|-> <directory>\n");
    return 2;
}
