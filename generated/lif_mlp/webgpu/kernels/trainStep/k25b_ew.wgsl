// kernel k25b_ew
@group(0) @binding(0) var<storage, read> p_first_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t877: array<f32>;
@group(0) @binding(2) var<storage, read> t794: array<f32>;
@group(0) @binding(3) var<storage, read_write> t881: array<f32>;
@group(0) @binding(4) var<storage, read> t599: array<f32>;
@group(0) @binding(5) var<storage, read> t785: array<f32>;
@group(0) @binding(6) var<storage, read_write> t908: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k25b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l2: f32 = p_first_fc_b[i];
    let x877: f32 = t877[i];
    let l879: f32 = t794[0i];
    let v880: f32 = x877 * l879;
    let v881: f32 = l2 - v880;
    t881[i] = v881;
    let l600: f32 = t599[i];
    let l856: f32 = t785[0i];
    let v908: f32 = l600 * l856;
    t908[i] = v908;
  }
}
