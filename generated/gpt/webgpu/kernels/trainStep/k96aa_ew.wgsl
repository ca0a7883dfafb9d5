// kernel k96aa_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1177: array<f32>;
@group(0) @binding(2) var<storage, read> t649: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1179: array<f32>;
@group(0) @binding(4) var<storage, read> t290: array<f32>;
@group(0) @binding(5) var<storage, read> t640: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1180: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96aa_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l28: f32 = p_blocks_1_ln2_g[i];
    let x1177: f32 = t1177[i];
    let l734: f32 = t649[0i];
    let v1178: f32 = x1177 * l734;
    let v1179: f32 = l28 - v1178;
    t1179[i] = v1179;
    let l291: f32 = t290[i];
    let l711: f32 = t640[0i];
    let v1180: f32 = l291 * l711;
    t1180[i] = v1180;
  }
}
