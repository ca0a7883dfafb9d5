// kernel k87b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mixer_conv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t705: array<f32>;
@group(0) @binding(2) var<storage, read> t571: array<f32>;
@group(0) @binding(3) var<storage, read_write> t708: array<f32>;
@group(0) @binding(4) var<storage, read> t373: array<f32>;
@group(0) @binding(5) var<storage, read> t562: array<f32>;
@group(0) @binding(6) var<storage, read_write> t761: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k87b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l4: f32 = p_layers_0_mixer_conv_b[i];
    let x705: f32 = t705[i];
    let l706: f32 = t571[0i];
    let v707: f32 = x705 * l706;
    let v708: f32 = l4 - v707;
    t708[i] = v708;
    let l374: f32 = t373[i];
    let l685: f32 = t562[0i];
    let v761: f32 = l374 * l685;
    t761[i] = v761;
  }
}
