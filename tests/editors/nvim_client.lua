-- nvim_client.lua — runs inside `nvim --headless --clean` (see nvim_run.py):
-- sets up editors/nvim's molt module, opens $MOLT_PY, waits for molt's
-- diagnostics, fixes the error, waits for them to go, and writes what it saw
-- as JSON to $MOLT_OUT. Any failure is written there too, then nvim quits.
local out = {}
local function diagnostics(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    -- Neovim 0.7 keeps the LSP code only in user_data.
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    table.insert(list, { code = code, lnum = d.lnum, col = d.col, end_col = d.end_col,
                         severity = d.severity, source = d.source, message = d.message })
  end
  return list
end

local function run()
  require('molt').setup {
    cmd = { os.getenv('MOLT'), 'lsp' },
    capabilities = 'molt.capabilities.json', -- relative: resolved against the root
    init_options = { debounceMs = 0 },
  }
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('MOLT_PY')))
  local buf = vim.api.nvim_get_current_buf()
  local wait_ms = tonumber(os.getenv('MOLT_WAIT_MS') or '15000')

  out.opened = vim.wait(wait_ms, function() return #vim.diagnostic.get(buf) > 0 end, 20)
  out.clients = {}
  for _, c in pairs(vim.lsp.buf_get_clients(buf)) do
    table.insert(out.clients, c.name)
    out.root_dir, out.manifest = c.config.root_dir, c.config.init_options.capabilities
  end
  out.open = diagnostics(buf)

  -- x = eval("1")  ->  x = 1   (the edit is sent as an incremental didChange)
  vim.api.nvim_buf_set_text(buf, 0, 4, 0, 13, { '1' })
  out.cleared = vim.wait(wait_ms, function() return #vim.diagnostic.get(buf) == 0 end, 20)
  out.fixed = diagnostics(buf)
end

local ok, err = pcall(run)
if not ok then out.error = tostring(err) end
local f = assert(io.open(os.getenv('MOLT_OUT'), 'w'))
f:write(vim.fn.json_encode(out))
f:close()
-- Stop the servers first, so that none outlives the editor.
vim.lsp.stop_client(vim.lsp.get_active_clients(), true)
vim.cmd('qall!')
