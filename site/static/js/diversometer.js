/*
 * Diversometer: one question at a time on the one-page form, and a print button.
 *
 * The page works without this script: the one-page form shows every question and
 * the step-by-step form goes through the server one question per page. With the
 * script, the one-page form shows one question at a time with its progress and
 * "Zurück"/"Weiter" buttons; "Auswerten" appears with the last question and sends
 * the whole form as before, so the server still checks and counts everything.
 *
 * Keyboard and screen readers: the buttons are real buttons; moving to a question
 * puts the focus on its heading ("Frage 3 von 14 ..."), which screen readers read
 * out; a missing answer is said in the question (aria-describedby) and in a polite
 * live region, and the focus goes to the first answer. Pressing Enter in an answer
 * moves on instead of sending the form early.
 *
 * Texts come from data attributes of the form, translated by the server:
 * data-text-next, data-text-back, data-text-progress ("Frage {number} von {total}")
 * and data-text-required.
 */
(function () {
    "use strict";

    function enhancePrintButtons() {
        var buttons = document.querySelectorAll("[data-diversometer-print]");
        Array.prototype.forEach.call(buttons, function (button) {
            button.hidden = false;
            button.addEventListener("click", function () {
                window.print();
            });
        });
    }

    function Stepper(form) {
        this.form = form;
        this.questions = Array.prototype.slice.call(
            form.querySelectorAll("[data-diversometer-question]")
        );
        this.progress = form.querySelector("[data-diversometer-progress]");
        this.progressText = this.progress && this.progress.querySelector("p");
        this.progressBar = this.progress && this.progress.querySelector("progress");
        this.live = form.querySelector("[data-diversometer-live]");
        this.actions = form.querySelector("[data-diversometer-actions]");
        this.submit = this.actions && this.actions.querySelector("button[type=submit]");
        this.index = 0;
    }

    Stepper.prototype.text = function (name) {
        return this.form.getAttribute("data-text-" + name) || "";
    };

    Stepper.prototype.start = function () {
        if (this.questions.length < 2 || !this.progress || !this.submit) {
            return;
        }
        var self = this;
        this.form.classList.add("diversometer-form--stepping");
        this.progress.hidden = false;
        var note = this.form.querySelector(".diversometer-form__note");
        if (note) {
            note.hidden = true;
        }

        this.back = this.button(this.text("back"), "button button--secondary");
        this.next = this.button(this.text("next"), "button");
        this.back.addEventListener("click", function () {
            self.show(self.index - 1, true);
        });
        this.next.addEventListener("click", function () {
            self.forward();
        });
        // "Weiter" first, as the main action; "Zurück" after it, as on the server's steps.
        this.actions.insertBefore(this.back, this.submit);
        this.actions.insertBefore(this.next, this.back);

        this.form.addEventListener("submit", function (event) {
            if (self.index < self.questions.length - 1) {
                event.preventDefault();
                self.forward();
            }
        });
        this.questions.forEach(function (question, position) {
            question.addEventListener("change", function () {
                self.clearError(question);
            });
            var heading = question.querySelector("h2");
            if (heading) {
                heading.setAttribute("tabindex", "-1");
            }
            question.setAttribute("data-position", String(position));
        });
        // Links of the server's error summary lead to a question that may be hidden.
        document.addEventListener("click", function (event) {
            var link = event.target.closest && event.target.closest("[data-diversometer-error-summary] a");
            if (!link) {
                return;
            }
            var target = document.getElementById(link.getAttribute("href").slice(1));
            var question = target && target.closest("[data-diversometer-question]");
            if (question) {
                event.preventDefault();
                self.show(self.questions.indexOf(question), false);
                target.focus();
            }
        });

        var firstError = this.form.querySelector(".diversometer-question--error");
        this.show(firstError ? this.questions.indexOf(firstError) : 0, false);
    };

    Stepper.prototype.button = function (label, className) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = className;
        button.textContent = label;
        return button;
    };

    Stepper.prototype.show = function (index, moveFocus) {
        var total = this.questions.length;
        this.index = Math.max(0, Math.min(index, total - 1));
        var current = this.questions[this.index];
        this.questions.forEach(function (question) {
            question.hidden = question !== current;
        });
        var number = this.index + 1;
        this.progressText.textContent = this.text("progress")
            .replace("{number}", String(number))
            .replace("{total}", String(total));
        this.progressBar.value = number;
        this.progressBar.textContent = number + "/" + total;
        var last = this.index === total - 1;
        this.back.hidden = this.index === 0;
        this.next.hidden = last;
        this.submit.hidden = !last;
        if (moveFocus) {
            var heading = current.querySelector("h2");
            (heading || current).focus();
        }
    };

    Stepper.prototype.answered = function (question) {
        if (question.getAttribute("data-question-kind") === "multiple") {
            return true; // a multiple choice may stay empty
        }
        return question.querySelector("input:checked") !== null;
    };

    Stepper.prototype.forward = function () {
        var question = this.questions[this.index];
        if (!this.answered(question)) {
            this.showError(question);
            return;
        }
        this.show(this.index + 1, true);
    };

    Stepper.prototype.showError = function (question) {
        var message = this.text("required");
        var error = question.querySelector("[data-diversometer-client-error]");
        if (!error) {
            error = document.createElement("p");
            error.className = "diversometer-question__error";
            error.id = question.id + "-fehler-js";
            error.setAttribute("data-diversometer-client-error", "");
            var options = question.querySelector(".diversometer-options");
            question.insertBefore(error, options);
            var described = question.getAttribute("aria-describedby");
            question.setAttribute("aria-describedby", (described ? described + " " : "") + error.id);
        }
        error.textContent = message;
        question.classList.add("diversometer-question--error");
        if (this.live) {
            this.live.textContent = "";
            var live = this.live;
            window.setTimeout(function () {
                live.textContent = message;
            }, 50);
        }
        var first = question.querySelector("input");
        if (first) {
            first.focus();
        }
    };

    Stepper.prototype.clearError = function (question) {
        var error = question.querySelector("[data-diversometer-client-error]");
        if (!error) {
            return;
        }
        var described = (question.getAttribute("aria-describedby") || "")
            .split(" ")
            .filter(function (id) {
                return id && id !== error.id;
            });
        if (described.length) {
            question.setAttribute("aria-describedby", described.join(" "));
        } else {
            question.removeAttribute("aria-describedby");
        }
        error.remove();
        if (!question.querySelector(".diversometer-question__error")) {
            question.classList.remove("diversometer-question--error");
        }
    };

    function init() {
        enhancePrintButtons();
        var form = document.querySelector(
            "form[data-diversometer-form][data-diversometer-display='all']"
        );
        if (form) {
            new Stepper(form).start();
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
