// kernel k119r_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1193: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1198: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_ln2_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1202: array<f32>;
@group(0) @binding(5) var<storage, read> t911: array<f32>;
@group(0) @binding(6) var<storage, read> t910: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1207: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119r_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1194: f32 = p_optim_m_blocks_0_ln2_b[i];
    let v1196: f32 = l1194 * 0.9f;
    let x1193: f32 = t1193[i];
    let v1197: f32 = x1193 * 0.1f;
    let v1198: f32 = v1196 + v1197;
    t1198[i] = v1198;
    let l1195: f32 = p_optim_v_blocks_0_ln2_b[i];
    let v1199: f32 = l1195 * 0.95f;
    let v1200: f32 = x1193 * x1193;
    let v1201: f32 = v1200 * 0.05f;
    let v1202: f32 = v1199 + v1201;
    t1202[i] = v1202;
    let v1203: f32 = sqrt(v1202);
    let l963: f32 = t911[0i];
    let v1204: f32 = v1203 / l963;
    let v1205: f32 = v1204 + 1e-8f;
    let v1206: f32 = v1198 / v1205;
    let l969: f32 = t910[0i];
    let v1207: f32 = v1206 * l969;
    t1207[i] = v1207;
  }
}
