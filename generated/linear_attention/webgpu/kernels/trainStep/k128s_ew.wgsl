// kernel k128s_ew
@group(0) @binding(0) var<storage, read> p_ln_f_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1244: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1245: array<f32>;
@group(0) @binding(3) var<storage, read> t294: array<f32>;
@group(0) @binding(4) var<storage, read> t736: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1246: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_ln_f_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1251: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k128s_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l26: f32 = p_ln_f_g[i];
    let x1244: f32 = t1244[i];
    let v1245: f32 = l26 - x1244;
    t1245[i] = v1245;
    let l295: f32 = t294[i];
    let l807: f32 = t736[0i];
    let v1246: f32 = l295 * l807;
    t1246[i] = v1246;
    let l1247: f32 = p_optim_m_ln_f_b[i];
    let v1249: f32 = l1247 * 0.9f;
    let v1250: f32 = v1246 * 0.1f;
    let v1251: f32 = v1249 + v1250;
    t1251[i] = v1251;
  }
}
