// kernel k14b_reduce (compiler/std/spiking.loom:79:40)
@group(0) @binding(0) var<storage, read> t151: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_ln2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t157: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k14b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x151: f32 = t151[row * 64i + col];
    let l153: f32 = p_blocks_0_ln2_g[col];
    let v154: f32 = x151 * l153;
    let l156: f32 = p_blocks_0_ln2_b[col];
    let v157: f32 = v154 + l156;
    t157[row * 64i + col] = v157;
  }
}
