// kernel k36b_reduce (compiler/std/spiking.loom:79:40)
@group(0) @binding(0) var<storage, read> t264: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_ln2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t270: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k36b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x264: f32 = t264[row * 64i + col];
    let l266: f32 = p_blocks_1_ln2_g[col];
    let v267: f32 = x264 * l266;
    let l269: f32 = p_blocks_1_ln2_b[col];
    let v270: f32 = v267 + l269;
    t270[row * 64i + col] = v270;
  }
}
