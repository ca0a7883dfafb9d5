// kernel k128p_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_mlp_proj_b: array<f32>;
@group(0) @binding(1) var<storage, read> t318: array<f32>;
@group(0) @binding(2) var<storage, read> t736: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1219: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_mlp_proj_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1223: array<f32>;
@group(0) @binding(6) var<storage, read> t746: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1227: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k128p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1215: f32 = p_optim_m_blocks_1_mlp_proj_b[i];
    let v1217: f32 = l1215 * 0.9f;
    let l319: f32 = t318[i];
    let l807: f32 = t736[0i];
    let v1214: f32 = l319 * l807;
    let v1218: f32 = v1214 * 0.1f;
    let v1219: f32 = v1217 + v1218;
    t1219[i] = v1219;
    let l1216: f32 = p_optim_v_blocks_1_mlp_proj_b[i];
    let v1220: f32 = l1216 * 0.95f;
    let v1221: f32 = v1214 * v1214;
    let v1222: f32 = v1221 * 0.05f;
    let v1223: f32 = v1220 + v1222;
    t1223[i] = v1223;
    let v1224: f32 = sqrt(v1223);
    let l824: f32 = t746[0i];
    let v1225: f32 = v1224 / l824;
    let v1226: f32 = v1225 + 1e-8f;
    let v1227: f32 = v1219 / v1226;
    t1227[i] = v1227;
  }
}
