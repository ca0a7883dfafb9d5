// kernel k45b_reduce (compiler/std/spiking.loom:79:40)
@group(0) @binding(0) var<storage, read> t317: array<f32>;
@group(0) @binding(1) var<storage, read> p_ln_out_b: array<f32>;
@group(0) @binding(2) var<storage, read_write> t320: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k45b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x317: f32 = t317[row * 64i + col];
    let l319: f32 = p_ln_out_b[col];
    let v320: f32 = x317 + l319;
    t320[row * 64i + col] = v320;
  }
}
