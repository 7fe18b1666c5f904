/*
 * HocTap player: the statement queue. Every statement is stored on the device (localStorage) before any attempt
 * to send it, with its client-generated id, the LRS endpoint and the authorization to use. flush() sends the
 * waiting statements in order, in batches per endpoint and authorization, and removes them only after the LRS
 * accepted them; a statement the LRS already has (same id) is accepted again without a second copy (xAPI), so a
 * resend after a lost response stores nothing twice. Only one flush runs at a time.
 */
(function (global) {
  'use strict';
  var HocTap = global.HocTap = global.HocTap || {};

  function MemoryStorage() {
    var data = {};
    this.getItem = function (k) { return Object.prototype.hasOwnProperty.call(data, k) ? data[k] : null; };
    this.setItem = function (k, v) { data[k] = String(v); };
    this.removeItem = function (k) { delete data[k]; };
  }

  function defaultStorage() {
    try {
      var s = global.localStorage;
      s.setItem('hoctap.probe', '1');
      s.removeItem('hoctap.probe');
      return s;
    } catch (e) {
      return new MemoryStorage();
    }
  }

  /**
   * @param options.key      storage key (one queue per device is enough: items carry their endpoint)
   * @param options.storage  a Storage-like object (default localStorage, or memory when it is unavailable)
   * @param options.send     function (endpoint, auth, statements) → Promise resolved when the LRS accepted them,
   *                         rejected with {permanent: true} when it refused them for good (they are then set aside)
   * @param options.batchSize statements per request (default 50)
   */
  function StatementQueue(options) {
    this.key = options.key || 'hoctap.statements';
    this.storage = options.storage || defaultStorage();
    this.send = options.send;
    this.batchSize = options.batchSize || 50;
    this.flushing = null;
    this.listeners = [];
  }

  StatementQueue.prototype.items = function () {
    try {
      return JSON.parse(this.storage.getItem(this.key) || '[]');
    } catch (e) {
      return [];
    }
  };

  StatementQueue.prototype.save = function (items) {
    this.storage.setItem(this.key, JSON.stringify(items));
    this.notify();
  };

  StatementQueue.prototype.size = function () { return this.items().length; };

  StatementQueue.prototype.onChange = function (listener) { this.listeners.push(listener); };

  StatementQueue.prototype.notify = function () {
    var n = this.size();
    this.listeners.forEach(function (l) { try { l(n); } catch (e) { /* a listener must not break the queue */ } });
  };

  /** Stores statements (each gets an id if it has none) and returns their ids. Never sends by itself. */
  StatementQueue.prototype.enqueue = function (endpoint, auth, statements) {
    var items = this.items();
    var ids = [];
    statements.forEach(function (statement) {
      if (!statement.id) { statement.id = HocTap.util.uuid(); }
      ids.push(statement.id);
      items.push({ endpoint: endpoint, auth: auth, statement: statement });
    });
    this.save(items);
    return ids;
  };

  /** Sends what waits; resolves with the number sent. Stops at the first failure (sent again by a later flush). */
  StatementQueue.prototype.flush = function () {
    var self = this;
    if (self.flushing) { return self.flushing.then(function () { return self.flush(); }); }
    var sent = 0;
    function next() {
      var items = self.items();
      if (!items.length) { return Promise.resolve(sent); }
      var first = items[0];
      var batch = [];
      for (var i = 0; i < items.length && batch.length < self.batchSize; i++) {
        if (items[i].endpoint !== first.endpoint || items[i].auth !== first.auth) { break; }
        batch.push(items[i].statement);
      }
      return self.send(first.endpoint, first.auth, batch).then(function () {
        var ids = {};
        batch.forEach(function (s) { ids[s.id] = true; });
        self.save(self.items().filter(function (item) { return !ids[item.statement.id]; }));
        sent += batch.length;
        return next();
      }, function (error) {
        if (error && error.permanent) {
          var rejected = JSON.parse(self.storage.getItem(self.key + '.rejected') || '[]');
          var ids = {};
          batch.forEach(function (s) { ids[s.id] = true; rejected.push({ statement: s, error: String(error.message) }); });
          self.storage.setItem(self.key + '.rejected', JSON.stringify(rejected));
          self.save(self.items().filter(function (item) { return !ids[item.statement.id]; }));
          return next();
        }
        return sent;
      });
    }
    self.flushing = next().then(function (n) { self.flushing = null; return n; },
      function (e) { self.flushing = null; throw e; });
    return self.flushing;
  };

  HocTap.StatementQueue = StatementQueue;
  HocTap.MemoryStorage = MemoryStorage;
})(this);
