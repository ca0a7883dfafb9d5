// kernel k34b_ew
@group(0) @binding(0) var<storage, read> p_first_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t261: array<f32>;
@group(0) @binding(2) var<storage, read> t178: array<f32>;
@group(0) @binding(3) var<storage, read_write> t265: array<f32>;
@group(0) @binding(4) var<storage, read> t92: array<f32>;
@group(0) @binding(5) var<storage, read> t169: array<f32>;
@group(0) @binding(6) var<storage, read_write> t292: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k34b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l2: f32 = p_first_fc_b[i];
    let x261: f32 = t261[i];
    let l263: f32 = t178[0i];
    let v264: f32 = x261 * l263;
    let v265: f32 = l2 - v264;
    t265[i] = v265;
    let l93: f32 = t92[i];
    let l240: f32 = t169[0i];
    let v292: f32 = l93 * l240;
    t292[i] = v292;
  }
}
