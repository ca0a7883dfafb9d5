// kernel k94ae_ew
@group(0) @binding(0) var<storage, read> p_optim_m_ln_f_g: array<f32>;
@group(0) @binding(1) var<storage, read> t249: array<f32>;
@group(0) @binding(2) var<storage, read> t636: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1263: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_ln_f_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1267: array<f32>;
@group(0) @binding(6) var<storage, read> t646: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1271: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94ae_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1259: f32 = p_optim_m_ln_f_g[i];
    let v1261: f32 = l1259 * 0.9f;
    let l250: f32 = t249[i];
    let l707: f32 = t636[0i];
    let v1258: f32 = l250 * l707;
    let v1262: f32 = v1258 * 0.1f;
    let v1263: f32 = v1261 + v1262;
    t1263[i] = v1263;
    let l1260: f32 = p_optim_v_ln_f_g[i];
    let v1264: f32 = l1260 * 0.95f;
    let v1265: f32 = v1258 * v1258;
    let v1266: f32 = v1265 * 0.05f;
    let v1267: f32 = v1264 + v1266;
    t1267[i] = v1267;
    let v1268: f32 = sqrt(v1267);
    let l724: f32 = t646[0i];
    let v1269: f32 = v1268 / l724;
    let v1270: f32 = v1269 + 1e-8f;
    let v1271: f32 = v1263 / v1270;
    t1271[i] = v1271;
  }
}
