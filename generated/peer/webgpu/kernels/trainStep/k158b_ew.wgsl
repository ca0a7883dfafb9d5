// kernel k158b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t900: array<f32>;
@group(0) @binding(2) var<storage, read> t817: array<f32>;
@group(0) @binding(3) var<storage, read_write> t904: array<f32>;
@group(0) @binding(4) var<storage, read> t604: array<f32>;
@group(0) @binding(5) var<storage, read> t808: array<f32>;
@group(0) @binding(6) var<storage, read_write> t905: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l2: f32 = p_blocks_0_ln1_g[i];
    let x900: f32 = t900[i];
    let l902: f32 = t817[0i];
    let v903: f32 = x900 * l902;
    let v904: f32 = l2 - v903;
    t904[i] = v904;
    let l605: f32 = t604[i];
    let l879: f32 = t808[0i];
    let v905: f32 = l605 * l879;
    t905[i] = v905;
  }
}
