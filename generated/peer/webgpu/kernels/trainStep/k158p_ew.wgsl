// kernel k158p_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t467: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1222: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ln1_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1226: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1230: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1218: f32 = p_optim_m_blocks_1_ln1_b[i];
    let v1220: f32 = l1218 * 0.9f;
    let l468: f32 = t467[i];
    let l879: f32 = t808[0i];
    let v1217: f32 = l468 * l879;
    let v1221: f32 = v1217 * 0.1f;
    let v1222: f32 = v1220 + v1221;
    t1222[i] = v1222;
    let l1219: f32 = p_optim_v_blocks_1_ln1_b[i];
    let v1223: f32 = l1219 * 0.95f;
    let v1224: f32 = v1217 * v1217;
    let v1225: f32 = v1224 * 0.05f;
    let v1226: f32 = v1223 + v1225;
    t1226[i] = v1226;
    let v1227: f32 = sqrt(v1226);
    let l896: f32 = t818[0i];
    let v1228: f32 = v1227 / l896;
    let v1229: f32 = v1228 + 1e-8f;
    let v1230: f32 = v1222 / v1229;
    t1230[i] = v1230;
  }
}
