// 用户管理 (guide §4.7): the tenant's accounts (用户名, 姓名, 手机号, 角色,
// 创建时间; search, pagination) for its admin: 添加用户 (表4-2 checked as
// typed), 编辑 (phone, email), 删除, 重置密码, 应用内权限配置 (the menu tree
// of the catalogue), 设为专家 / 取消专家 (providers), and for a provider's
// admin 批量导入专家 (new expert accounts of his tenant from an Excel template).
import { ref, reactive, computed, nextTick } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { pb, resetUserPassword, cancelExpert, menuCatalog, setUserMenus, serverErrors, errorMessage } from '../api.js'
import { session, ROLE_LABELS } from '../store.js'
import { push } from '../router.js'
import { fmtDate, passwordChecks, PHONE_RE, USERNAME_RE } from '../util.js'
import { useList } from '../list.js'
import ListPager from '../components/ListPager.js'
import ImportDialog from '../components/ImportDialog.js'

const EMAIL_RE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/

export default {
  name: 'UsersPage',
  components: { ListPager, ImportDialog },
  setup() {
    const me = computed(() => session.user)
    const isAdmin = computed(() => !!me.value?.tenant_admin)
    const certified = computed(() => session.enterprise?.cert_status === 'approved')
    const list = useList({
      filters: { q: '' },
      sort: '-created',
      query: true,
      fetch: ({ page, perPage, sort, filters: f }) => {
        let filter = pb.filter('enterprise = {:e}', { e: me.value.enterprise })
        if (f.q) filter += pb.filter(' && (username ~ {:q} || name ~ {:q} || phone ~ {:q})', { q: f.q })
        return pb.collection('users').getList(page, perPage, { filter, sort })
      },
    })
    list.load()
    const load = list.load
    const search = list.search

    // ---- 添加用户 ----
    const add = reactive({ open: false, username: '', name: '', phone: '', email: '', password: '', passwordConfirm: '' })
    const addRef = ref(null)
    const addErr = serverErrors()
    const checks = computed(() => passwordChecks(add.password, add.username, add.phone))
    const pwRule = (form) => ({
      trigger: ['change', 'blur'],
      validator: (_r, v, cb) => {
        if (!v) return cb(new Error('请输入密码'))
        const bad = passwordChecks(v, form.username, form.phone).find((c) => !c.ok)
        return bad ? cb(new Error(bad.text)) : cb()
      },
    })
    const addRules = {
      username: [{ required: true, message: '请输入用户名', trigger: 'change' }, { pattern: USERNAME_RE, message: '用户名为6-30个字符，仅支持英文、数字、下划线', trigger: 'change' }],
      phone: [{ required: true, message: '请输入手机号', trigger: 'change' }, { pattern: PHONE_RE, message: '手机号以1开头，由11个数字组成', trigger: 'change' }],
      email: [{ validator: (_r, v, cb) => (!v || EMAIL_RE.test(v) ? cb() : cb(new Error('邮箱格式不正确'))), trigger: 'change' }],
      password: [pwRule(add)],
      passwordConfirm: [{ trigger: ['change', 'blur'], validator: (_r, v, cb) => (v === add.password ? cb() : cb(new Error('两次输入的密码不一致'))) }],
    }
    const openAdd = async () => {
      Object.assign(add, { open: true, username: '', name: '', phone: '', email: '', password: '', passwordConfirm: '' })
      addErr.clear()
      await nextTick()
      addRef.value?.clearValidate()
    }
    const saving = ref(false)
    const saveAdd = async () => {
      addErr.clear()
      if (!(await addRef.value.validate().catch(() => false))) return
      saving.value = true
      try {
        const body = { username: add.username, name: add.name || add.username, phone: add.phone, password: add.password, passwordConfirm: add.passwordConfirm }
        if (add.email) body.email = add.email
        await pb.collection('users').create(body)
        ElMessage.success('新增成功')
        add.open = false
        search()
      } catch (e) {
        ElMessage.error(addErr.apply(e, '新增失败'))
      } finally {
        saving.value = false
      }
    }

    // ---- 编辑 ----
    const edit = reactive({ open: false, user: null, phone: '', email: '' })
    const editRef = ref(null)
    const editErr = serverErrors()
    const editRules = { phone: addRules.phone, email: addRules.email }
    const openEdit = (u) => {
      Object.assign(edit, { open: true, user: u, phone: u.phone, email: u.email || '' })
      editErr.clear()
    }
    const saveEdit = async () => {
      editErr.clear()
      if (!(await editRef.value.validate().catch(() => false))) return
      saving.value = true
      try {
        await pb.collection('users').update(edit.user.id, { phone: edit.phone, email: edit.email })
        ElMessage.success('编辑成功')
        edit.open = false
        load()
      } catch (e) {
        ElMessage.error(editErr.apply(e, '编辑失败'))
      } finally {
        saving.value = false
      }
    }

    // ---- 删除 ----
    const remove = async (u) => {
      if (!(await ElMessageBox.confirm(`确认删除用户“${u.username}”？删除后该帐号无法登录。`, '删除用户', { type: 'warning' }).catch(() => false))) return
      try {
        await pb.collection('users').delete(u.id)
        ElMessage.success('删除成功')
        load()
      } catch (e) {
        ElMessage.error(errorMessage(e, '删除失败'))
      }
    }

    // ---- 重置密码 ----
    const reset = reactive({ open: false, user: null, username: '', phone: '', password: '', passwordConfirm: '' })
    const resetRef = ref(null)
    const resetErr = serverErrors()
    const resetRules = {
      password: [pwRule(reset)],
      passwordConfirm: [{ trigger: ['change', 'blur'], validator: (_r, v, cb) => (v === reset.password ? cb() : cb(new Error('两次输入的密码不一致'))) }],
    }
    const resetChecks = computed(() => passwordChecks(reset.password, reset.username, reset.phone))
    const openReset = async (u) => {
      Object.assign(reset, { open: true, user: u, username: u.username, phone: u.phone, password: '', passwordConfirm: '' })
      resetErr.clear()
      await nextTick()
      resetRef.value?.clearValidate()
    }
    const saveReset = async () => {
      resetErr.clear()
      if (!(await resetRef.value.validate().catch(() => false))) return
      saving.value = true
      try {
        await resetUserPassword(reset.user.id, reset.password, reset.passwordConfirm)
        ElMessage.success('重置密码成功')
        reset.open = false
      } catch (e) {
        ElMessage.error(resetErr.apply(e, '重置密码失败'))
      } finally {
        saving.value = false
      }
    }

    // ---- 应用内权限配置 (图4-17) ----
    const perm = reactive({ open: false, user: null, tree: [], loading: false, error: '' })
    const treeRef = ref(null)
    const openPerm = async (u) => {
      Object.assign(perm, { open: true, user: u, tree: [], loading: true, error: '' })
      try {
        const cat = await menuCatalog(u.role)
        const configurable = new Set(cat.configurable || [])
        const hasConf = (m) => configurable.has(m.key) || (m.children || []).some(hasConf)
        const norm = (m) => ({ key: m.key, title: m.title, disabled: !hasConf(m), children: m.children?.filter((c) => !c.nav_hidden).map(norm) })
        perm.tree = [{ key: '__app', title: '中小企业数字化转型公共服务平台', children: (cat.items || []).filter((m) => !m.nav_hidden && !m.admin_only && !m.fixed).map(norm) }]
        const granted = Array.isArray(u.menus) ? u.menus : cat.defaults || []
        await nextTick()
        treeRef.value?.setCheckedKeys(granted.filter((k) => configurable.has(k)))
      } catch (e) {
        perm.error = errorMessage(e)
      } finally {
        perm.loading = false
      }
    }
    const savePerm = async () => {
      const keys = treeRef.value.getCheckedKeys(true).filter((k) => k !== '__app')
      saving.value = true
      try {
        await setUserMenus(perm.user.id, keys)
        ElMessage.success('配置权限成功')
        perm.open = false
        load()
      } catch (e) {
        ElMessage.error(errorMessage(e, '配置权限失败'))
      } finally {
        saving.value = false
      }
    }

    const unsetExpert = async (u) => {
      if (!(await ElMessageBox.confirm(`确认取消“${u.name || u.username}”的专家身份？取消后门户专家团队不再展示该专家。`, '取消专家', { type: 'warning' }).catch(() => false))) return
      try {
        await cancelExpert(u.id)
        ElMessage.success('取消专家成功')
        load()
      } catch (e) {
        ElMessage.error(errorMessage(e, '取消专家失败'))
      }
    }
    const roleOf = (u) => (u.tenant_admin ? '管理员 · ' : '') + (ROLE_LABELS[u.role] || u.role) + (u.is_expert ? ' · 专家' : '')
    const state = (c, v) => (!v ? '' : c.ok ? 'ok' : 'bad')
    return {
      list, f: list.filters, me, isAdmin, certified, load, search, add, addRef, addErr: addErr.errors, addRules, checks, openAdd, saveAdd, saving,
      edit, editRef, editErr: editErr.errors, editRules, openEdit, saveEdit, remove, reset, resetRef, resetErr: resetErr.errors, resetRules, resetChecks, openReset, saveReset,
      perm, treeRef, openPerm, savePerm, unsetExpert, roleOf, state, fmtDate, push,
    }
  },
  template: `
  <div class="panel" data-test="users">
    <div class="panel-title"><h3>用户管理</h3>
      <div style="display:flex;gap:8px;flex-wrap:wrap">
        <el-input v-model="f.q" placeholder="用户名 / 姓名 / 手机号" clearable style="width:220px" @keyup.enter="search" @clear="search" data-test="users-search" />
        <el-button @click="search">查询</el-button>
        <el-button v-if="isAdmin" type="primary" :disabled="!certified" @click="openAdd" data-test="user-add">添加用户</el-button>
        <import-dialog v-if="isAdmin && me.role === 'provider'" kind="experts" label="批量导入专家" title="批量导入专家" detail-label="所属企业" :disabled="!certified" @done="search" />
      </div>
    </div>
    <el-alert v-if="isAdmin && !certified" type="warning" show-icon :closable="false" style="margin-bottom:10px" title="企业认证通过后才能添加用户" />
    <el-alert v-if="list.error" :title="list.error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
    <el-table :data="list.items" v-loading="list.loading" empty-text="暂无用户" data-test="users-table" :default-sort="list.tableSort()" @sort-change="list.sortChange">
      <el-table-column label="用户名" prop="username" min-width="140" sortable="custom" />
      <el-table-column label="姓名" prop="name" width="110" sortable="custom" />
      <el-table-column label="手机号" prop="phone" width="120" />
      <el-table-column label="角色" min-width="140"><template #default="{row}">{{ roleOf(row) }}</template></el-table-column>
      <el-table-column label="创建时间" prop="created" width="160" sortable="custom"><template #default="{row}">{{ fmtDate(row.created) }}</template></el-table-column>
      <el-table-column label="操作" width="330" fixed="right">
        <template #default="{row}">
          <template v-if="isAdmin">
            <el-button link type="primary" @click="openEdit(row)" data-test="user-edit">编辑</el-button>
            <template v-if="row.id !== me.id">
              <el-button link type="danger" @click="remove(row)" data-test="user-delete">删除</el-button>
              <el-button link type="primary" @click="openReset(row)" data-test="user-reset">重置密码</el-button>
              <el-button v-if="!row.tenant_admin" link type="primary" @click="openPerm(row)" data-test="user-perm">应用内权限配置</el-button>
            </template>
            <template v-if="row.role === 'provider'">
              <el-button v-if="row.is_expert" link type="warning" @click="unsetExpert(row)" data-test="user-unexpert">取消专家</el-button>
              <el-button v-else link type="primary" @click="push('/workbench/users/' + row.id + '/expert')" data-test="user-expert">设为专家</el-button>
            </template>
          </template>
        </template>
      </el-table-column>
    </el-table>
    <list-pager :list="list" />

    <el-dialog v-model="add.open" title="添加用户" width="520px" append-to-body data-test="add-dialog">
      <el-form ref="addRef" :model="add" :rules="addRules" label-width="90px" class="resp-form" @submit.prevent>
        <el-form-item label="用户名" prop="username" :error="addErr.username"><el-input v-model="add.username" maxlength="30" data-test="add-username" /><div class="upload-hint">6-30 个字符，仅支持英文、数字、下划线，确认后不可修改</div></el-form-item>
        <el-form-item label="姓名" prop="name" :error="addErr.name"><el-input v-model="add.name" maxlength="50" placeholder="默认与用户名相同" data-test="add-name" /></el-form-item>
        <el-form-item label="手机号" prop="phone" :error="addErr.phone"><el-input v-model="add.phone" maxlength="11" data-test="add-phone" /></el-form-item>
        <el-form-item label="邮箱" prop="email" :error="addErr.email"><el-input v-model="add.email" maxlength="200" data-test="add-email" /></el-form-item>
        <el-form-item label="密码" prop="password" :error="addErr.password" class="is-required">
          <el-input v-model="add.password" type="password" show-password maxlength="18" autocomplete="new-password" data-test="add-password" />
          <ul class="pw-rules" data-test="add-pw-rules"><li v-for="c in checks" :key="c.key" :class="state(c, add.password)">{{ c.text }}</li></ul>
        </el-form-item>
        <el-form-item label="确认密码" prop="passwordConfirm" :error="addErr.passwordConfirm" class="is-required"><el-input v-model="add.passwordConfirm" type="password" show-password maxlength="18" autocomplete="new-password" data-test="add-confirm" /></el-form-item>
      </el-form>
      <template #footer><el-button @click="add.open = false">取消</el-button><el-button type="primary" :loading="saving" @click="saveAdd" data-test="add-ok">确认</el-button></template>
    </el-dialog>

    <el-dialog v-model="edit.open" title="编辑用户" width="480px" append-to-body data-test="edit-dialog">
      <el-form ref="editRef" :model="edit" :rules="editRules" label-width="80px" @submit.prevent>
        <el-form-item label="用户名"><el-input :model-value="edit.user && edit.user.username" disabled /></el-form-item>
        <el-form-item label="手机号" prop="phone" :error="editErr.phone"><el-input v-model="edit.phone" maxlength="11" data-test="edit-phone" /></el-form-item>
        <el-form-item label="邮箱" prop="email" :error="editErr.email"><el-input v-model="edit.email" maxlength="200" data-test="edit-email" /></el-form-item>
      </el-form>
      <template #footer><el-button @click="edit.open = false">取消</el-button><el-button type="primary" :loading="saving" @click="saveEdit" data-test="edit-ok">确认</el-button></template>
    </el-dialog>

    <el-dialog v-model="reset.open" title="重置密码" width="480px" append-to-body data-test="reset-dialog">
      <el-form ref="resetRef" :model="reset" :rules="resetRules" label-width="90px" @submit.prevent>
        <el-form-item label="用户名"><el-input :model-value="reset.username" disabled /></el-form-item>
        <el-form-item label="密码" prop="password" :error="resetErr.password" class="is-required">
          <el-input v-model="reset.password" type="password" show-password maxlength="18" autocomplete="new-password" data-test="reset-password" />
          <ul class="pw-rules"><li v-for="c in resetChecks" :key="c.key" :class="state(c, reset.password)">{{ c.text }}</li></ul>
        </el-form-item>
        <el-form-item label="确认密码" prop="passwordConfirm" :error="resetErr.passwordConfirm" class="is-required"><el-input v-model="reset.passwordConfirm" type="password" show-password maxlength="18" data-test="reset-confirm" /></el-form-item>
      </el-form>
      <template #footer><el-button @click="reset.open = false">取消</el-button><el-button type="primary" :loading="saving" @click="saveReset" data-test="reset-ok">确认</el-button></template>
    </el-dialog>

    <el-dialog v-model="perm.open" title="配置权限" width="520px" append-to-body data-test="perm-dialog">
      <div v-loading="perm.loading" style="min-height:120px">
        <p v-if="perm.user" class="muted small" style="margin-top:0">用户：{{ perm.user.username }}（{{ perm.user.name }}）· 工作台、修改密码所有用户均有；用户管理仅管理员可用。</p>
        <el-alert v-if="perm.error" :title="perm.error" type="error" :closable="false" />
        <el-tree v-else ref="treeRef" :data="perm.tree" node-key="key" show-checkbox default-expand-all :props="{ label: 'title', children: 'children', disabled: 'disabled' }" data-test="perm-tree" />
      </div>
      <template #footer><el-button @click="perm.open = false">取消</el-button><el-button type="primary" :loading="saving" @click="savePerm" data-test="perm-ok">确认</el-button></template>
    </el-dialog>
  </div>`,
}
