// kernel k119a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t318: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1224: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ln2_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1228: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1232: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1220: f32 = p_optim_m_blocks_1_ln2_b[i];
    let v1222: f32 = l1220 * 0.9f;
    let l319: f32 = t318[i];
    let l750: f32 = t679[0i];
    let v1219: f32 = l319 * l750;
    let v1223: f32 = v1219 * 0.1f;
    let v1224: f32 = v1222 + v1223;
    t1224[i] = v1224;
    let l1221: f32 = p_optim_v_blocks_1_ln2_b[i];
    let v1225: f32 = l1221 * 0.95f;
    let v1226: f32 = v1219 * v1219;
    let v1227: f32 = v1226 * 0.05f;
    let v1228: f32 = v1225 + v1227;
    t1228[i] = v1228;
    let v1229: f32 = sqrt(v1228);
    let l767: f32 = t689[0i];
    let v1230: f32 = v1229 / l767;
    let v1231: f32 = v1230 + 1e-8f;
    let v1232: f32 = v1224 / v1231;
    t1232[i] = v1232;
  }
}
