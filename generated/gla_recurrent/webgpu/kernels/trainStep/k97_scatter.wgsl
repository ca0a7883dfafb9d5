// kernel k97_scatter
@group(0) @binding(0) var<storage, read_write> t510: array<f32>;
@group(0) @binding(1) var<storage, read> in_tokens: array<f32>;
@group(0) @binding(2) var<storage, read> t412: array<f32>;
@group(0) @binding(3) var<storage, read> t493: array<f32>;
@group(0) @binding(4) var<storage, read> t42: array<f32>;
@group(0) @binding(5) var<storage, read> t504: array<f32>;
@group(0) @binding(6) var<storage, read> t35: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k97_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 1024i; j++) {
    let l33: f32 = in_tokens[j];
    if (i32(l33) == i / 64i) {
      let l412: f32 = t412[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l493: f32 = t493[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l43: f32 = t42[j / 64i * 64i + j % 64i];
      let v497: f32 = l493 * l43;
      let v507: f32 = l412 + v497;
      let l505: f32 = t504[j / 64i * 64i + j % 64i];
      let l35: f32 = t35[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let v506: f32 = l505 * l35;
      let v508: f32 = v507 + v506;
      let v509: f32 = v508 + v506;
      acc += v509;
    }
  }
  t510[i] = acc;
}
