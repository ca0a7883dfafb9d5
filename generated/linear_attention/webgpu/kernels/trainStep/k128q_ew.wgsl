// kernel k128q_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_mlp_proj_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1227: array<f32>;
@group(0) @binding(2) var<storage, read> t745: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1229: array<f32>;
@group(0) @binding(4) var<storage, read> t298: array<f32>;
@group(0) @binding(5) var<storage, read> t736: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1230: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k128q_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l25: f32 = p_blocks_1_mlp_proj_b[i];
    let x1227: f32 = t1227[i];
    let l830: f32 = t745[0i];
    let v1228: f32 = x1227 * l830;
    let v1229: f32 = l25 - v1228;
    t1229[i] = v1229;
    let l299: f32 = t298[i];
    let l807: f32 = t736[0i];
    let v1230: f32 = l299 * l807;
    t1230[i] = v1230;
  }
}
