// kernel k128g_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t946: array<f32>;
@group(0) @binding(2) var<storage, read> t745: array<f32>;
@group(0) @binding(3) var<storage, read_write> t948: array<f32>;
@group(0) @binding(4) var<storage, read> t458: array<f32>;
@group(0) @binding(5) var<storage, read> t736: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1016: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k128g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l9: f32 = p_blocks_0_ln2_b[i];
    let x946: f32 = t946[i];
    let l830: f32 = t745[0i];
    let v947: f32 = x946 * l830;
    let v948: f32 = l9 - v947;
    t948[i] = v948;
    let l459: f32 = t458[i];
    let l807: f32 = t736[0i];
    let v1016: f32 = l459 * l807;
    t1016[i] = v1016;
  }
}
