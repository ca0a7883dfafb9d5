// kernel k94ac_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1190: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1191: array<f32>;
@group(0) @binding(3) var<storage, read> t269: array<f32>;
@group(0) @binding(4) var<storage, read> t636: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1242: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_mlp_proj_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1247: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94ac_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l29: f32 = p_blocks_1_ln2_b[i];
    let x1190: f32 = t1190[i];
    let v1191: f32 = l29 - x1190;
    t1191[i] = v1191;
    let l270: f32 = t269[i];
    let l707: f32 = t636[0i];
    let v1242: f32 = l270 * l707;
    t1242[i] = v1242;
    let l1243: f32 = p_optim_m_blocks_1_mlp_proj_b[i];
    let v1245: f32 = l1243 * 0.9f;
    let v1246: f32 = v1242 * 0.1f;
    let v1247: f32 = v1245 + v1246;
    t1247[i] = v1247;
  }
}
