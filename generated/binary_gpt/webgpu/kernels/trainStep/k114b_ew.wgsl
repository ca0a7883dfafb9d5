// kernel k114b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t793: array<f32>;
@group(0) @binding(2) var<storage, read> t710: array<f32>;
@group(0) @binding(3) var<storage, read_write> t797: array<f32>;
@group(0) @binding(4) var<storage, read> t480: array<f32>;
@group(0) @binding(5) var<storage, read> t701: array<f32>;
@group(0) @binding(6) var<storage, read_write> t815: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l2: f32 = p_blocks_0_ln1_g[i];
    let x793: f32 = t793[i];
    let l795: f32 = t710[0i];
    let v796: f32 = x793 * l795;
    let v797: f32 = l2 - v796;
    t797[i] = v797;
    let l481: f32 = t480[i];
    let l772: f32 = t701[0i];
    let v815: f32 = l481 * l772;
    t815[i] = v815;
  }
}
