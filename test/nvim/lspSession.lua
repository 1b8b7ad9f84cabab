-- Drives a headless Neovim as a user would with the README's configuration: opens a log and a
-- source file, waits for the language server to attach and publish, hovers a code in each, and
-- writes what it saw to $KMS_NVIM_OUT as JSON for neovim.test.ts to check. Run with
--   nvim --headless -u NONE -c 'luafile test/nvim/lspSession.lua'
-- Every failure is caught and reported in the JSON, and Neovim always quits.
local out = { hovers = {}, diagnostics = {}, sourceDiagnostics = -1 }
local env = function(name) return assert(os.getenv(name), name .. ' is not set') end

local function clients_of(buf)
  if vim.lsp.get_clients then return vim.lsp.get_clients({ bufnr = buf }) end
  return vim.tbl_values(vim.lsp.buf_get_clients(buf))
end

local function attached(buf)
  local ok = vim.wait(20000, function()
    for _, c in ipairs(clients_of(buf)) do
      if c.initialized ~= false then return true end
    end
    return false
  end, 50)
  assert(ok, 'no language server attached to ' .. vim.api.nvim_buf_get_name(buf))
  return clients_of(buf)[1]
end

-- Opens a file and returns its buffer and the 0-based position of the first `needle` plus one.
local function open(path, needle)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local buf = vim.api.nvim_get_current_buf()
  for i, text in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local col = text:find(needle, 1, true)
    if col then return buf, { line = i - 1, character = col } end
  end
  error(needle .. ' not in ' .. path)
end

local function hover(buf, position)
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = position }
  local answers = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 10000) or {}
  for _, answer in pairs(answers) do
    if answer.result and answer.result.contents then
      local c = answer.result.contents
      return { value = c.value or c, range = answer.result.range }
    end
  end
  return { error = vim.inspect(answers) }
end

local function read(path)
  local f = io.open(path, 'rb')
  if not f then return nil end
  local s = f:read('*a')
  f:close()
  return s
end

local function run()
  out.filetypeDetection = pcall(vim.cmd, 'filetype on')
  -- The other README block must at least compile (this Neovim may be too old to run it).
  local _, compile_error = loadfile(env('KMS_NVIM_OTHER_BLOCK'))
  out.otherBlockCompiles = compile_error == nil
  out.otherBlockError = compile_error
  dofile(env('KMS_NVIM_BLOCK'))

  local log, log_at = open(env('KMS_NVIM_LOG'), env('KMS_NVIM_LOG_NEEDLE'))
  out.logFiletype = vim.bo[log].filetype
  local client = attached(log)
  out.clientName = client.name
  local pid = client.rpc and client.rpc.pid
  if pid then
    out.serverArgv = vim.split(read('/proc/' .. pid .. '/cmdline') or '', '\0', { plain = true })
    out.serverEnv = vim.split(read('/proc/' .. pid .. '/environ') or '', '\0', { plain = true })
  end
  assert(vim.wait(15000, function() return #vim.diagnostic.get(log) > 0 end, 50), 'no diagnostics for the log')
  for _, d in ipairs(vim.diagnostic.get(log)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(out.diagnostics, { line = d.lnum, col = d.col, code = d.code or lsp.code, message = d.message, source = d.source, severity = d.severity })
  end
  out.hovers.log = hover(log, log_at)

  local source, source_at = open(env('KMS_NVIM_SOURCE'), env('KMS_NVIM_SOURCE_NEEDLE'))
  out.sourceFiletype = vim.bo[source].filetype
  out.sameClient = attached(source).id == client.id
  out.hovers.source = hover(source, source_at)
  -- The hover's round trip came after the open: a publication would have arrived by now.
  out.sourceDiagnostics = #vim.diagnostic.get(source)
end

local ok, err = xpcall(run, debug.traceback)
out.ok = ok
out.error = (not ok) and tostring(err) or nil
local f = assert(io.open(env('KMS_NVIM_OUT'), 'w'))
f:write(vim.fn.json_encode(out))
f:close()
vim.cmd('qa!')
