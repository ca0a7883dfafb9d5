// kernel k198m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1247: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1252: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_ln2_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1256: array<f32>;
@group(0) @binding(5) var<storage, read> t996: array<f32>;
@group(0) @binding(6) var<storage, read> t995: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1261: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1248: f32 = p_optim_m_blocks_0_ln2_b[i];
    let v1250: f32 = l1248 * 0.9f;
    let x1247: f32 = t1247[i];
    let v1251: f32 = x1247 * 0.1f;
    let v1252: f32 = v1250 + v1251;
    t1252[i] = v1252;
    let l1249: f32 = p_optim_v_blocks_0_ln2_b[i];
    let v1253: f32 = l1249 * 0.95f;
    let v1254: f32 = x1247 * x1247;
    let v1255: f32 = v1254 * 0.05f;
    let v1256: f32 = v1253 + v1255;
    t1256[i] = v1256;
    let v1257: f32 = sqrt(v1256);
    let l1074: f32 = t996[0i];
    let v1258: f32 = v1257 / l1074;
    let v1259: f32 = v1258 + 1e-8f;
    let v1260: f32 = v1252 / v1259;
    let l1080: f32 = t995[0i];
    let v1261: f32 = v1260 * l1080;
    t1261[i] = v1261;
  }
}
