// kernel k158r_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wq_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1250: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1255: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_1_attn_wq_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1259: array<f32>;
@group(0) @binding(5) var<storage, read> t818: array<f32>;
@group(0) @binding(6) var<storage, read> t817: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1264: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158r_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1251: f32 = p_optim_m_blocks_1_attn_wq_b[i];
    let v1253: f32 = l1251 * 0.9f;
    let x1250: f32 = t1250[i];
    let v1254: f32 = x1250 * 0.1f;
    let v1255: f32 = v1253 + v1254;
    t1255[i] = v1255;
    let l1252: f32 = p_optim_v_blocks_1_attn_wq_b[i];
    let v1256: f32 = l1252 * 0.95f;
    let v1257: f32 = x1250 * x1250;
    let v1258: f32 = v1257 * 0.05f;
    let v1259: f32 = v1256 + v1258;
    t1259[i] = v1259;
    let v1260: f32 = sqrt(v1259);
    let l896: f32 = t818[0i];
    let v1261: f32 = v1260 / l896;
    let v1262: f32 = v1261 + 1e-8f;
    let v1263: f32 = v1255 / v1262;
    let l902: f32 = t817[0i];
    let v1264: f32 = v1263 * l902;
    t1264[i] = v1264;
  }
}
