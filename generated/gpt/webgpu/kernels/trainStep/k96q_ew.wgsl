// kernel k96q_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1013: array<f32>;
@group(0) @binding(2) var<storage, read> t649: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1015: array<f32>;
@group(0) @binding(4) var<storage, read> t346: array<f32>;
@group(0) @binding(5) var<storage, read> t640: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1016: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96q_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l18: f32 = p_blocks_1_ln1_g[i];
    let x1013: f32 = t1013[i];
    let l734: f32 = t649[0i];
    let v1014: f32 = x1013 * l734;
    let v1015: f32 = l18 - v1014;
    t1015[i] = v1015;
    let l347: f32 = t346[i];
    let l711: f32 = t640[0i];
    let v1016: f32 = l347 * l711;
    t1016[i] = v1016;
  }
}
