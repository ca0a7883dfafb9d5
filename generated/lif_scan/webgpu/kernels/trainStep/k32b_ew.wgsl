// kernel k32b_ew
@group(0) @binding(0) var<storage, read> p_first_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t254: array<f32>;
@group(0) @binding(2) var<storage, read> t171: array<f32>;
@group(0) @binding(3) var<storage, read_write> t258: array<f32>;
@group(0) @binding(4) var<storage, read> t85: array<f32>;
@group(0) @binding(5) var<storage, read> t162: array<f32>;
@group(0) @binding(6) var<storage, read_write> t285: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k32b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l2: f32 = p_first_fc_b[i];
    let x254: f32 = t254[i];
    let l256: f32 = t171[0i];
    let v257: f32 = x254 * l256;
    let v258: f32 = l2 - v257;
    t258[i] = v258;
    let l86: f32 = t85[i];
    let l233: f32 = t162[0i];
    let v285: f32 = l86 * l233;
    t285[i] = v285;
  }
}
