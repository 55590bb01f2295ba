-- molt/init.lua — starts `molt lsp` for Python buffers in Neovim 0.7+.
-- require('molt').setup{...} registers a FileType autocmd; each Python
-- buffer gets the molt client of its project root (one server per root).
-- Neovim 0.8+ has vim.lsp.start, which finds or starts that client itself;
-- on 0.7 we keep the table of clients by root and attach by hand.
local M = {}

M.defaults = {
  cmd = nil,            -- the full command; default { path, 'lsp' }
  path = 'molt',        -- the molt executable (used when cmd is nil)
  capabilities = nil,   -- the capability manifest (molt check --capabilities); relative to the root
  root_markers = { 'molt.capabilities.json', '.git' },
  filetypes = { 'python' },
  init_options = {},    -- more initializationOptions, e.g. { debounceMs = 0 } (docs/lsp.md)
  on_attach = nil,      -- function(client, bufnr), as for any LSP client
  client_capabilities = nil, -- the LSP client capabilities (default: Neovim's)
}

-- The nearest directory above fname holding one of the markers, else fname's directory.
-- findfile/finddir with ';' search upwards and exist on every Neovim (vim.fs is 0.8+).
function M.root_dir(fname, markers)
  local dir = vim.fn.fnamemodify(fname, ':p:h')
  for _, marker in ipairs(markers) do
    local found = vim.fn.findfile(marker, dir .. ';')
    if found == '' then found = vim.fn.finddir(marker, dir .. ';') end
    if found ~= '' then
      local p = vim.fn.fnamemodify(found, ':p'):gsub('/$', '')
      return vim.fn.fnamemodify(p, ':h')
    end
  end
  return dir
end

-- The client configuration for a buffer whose project root is `root`.
function M.config(opts, root)
  local init = vim.tbl_extend('force', {}, opts.init_options)
  if opts.capabilities and opts.capabilities ~= '' then
    local m = opts.capabilities
    if m:sub(1, 1) ~= '/' then m = root .. '/' .. m end -- the server's cwd is not the project
    init.capabilities = m
  end
  return {
    name = 'molt',
    cmd = opts.cmd or { opts.path, 'lsp' },
    root_dir = root,
    init_options = init,
    on_attach = opts.on_attach,
    capabilities = opts.client_capabilities,
  }
end

local clients = {} -- root -> client id (Neovim 0.7 only)

function M.attach(opts, bufnr)
  local fname = vim.api.nvim_buf_get_name(bufnr)
  if fname == '' then return end -- molt needs a path: imports resolve beside the file
  local root = M.root_dir(fname, opts.root_markers)
  local config = M.config(opts, root)
  if vim.lsp.start then
    vim.lsp.start(config, { bufnr = bufnr })
    return
  end
  local id = clients[root]
  local client = id and vim.lsp.get_client_by_id(id)
  if not client or client.is_stopped() then
    id = vim.lsp.start_client(config)
    if not id then
      vim.notify('molt: could not start ' .. table.concat(config.cmd, ' '), vim.log.levels.ERROR)
      return
    end
    clients[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
end

function M.setup(user)
  local opts = vim.tbl_extend('force', M.defaults, user or {})
  local group = vim.api.nvim_create_augroup('molt_lsp', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = opts.filetypes,
    callback = function(args) M.attach(opts, args.buf) end,
  })
  -- Python buffers opened before setup() ran get the client too.
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(opts.filetypes, vim.bo[buf].filetype) then
      M.attach(opts, buf)
    end
  end
end

return M
