// kernel k159_reduce
@group(0) @binding(0) var<storage, read> t726: array<f32>;
@group(0) @binding(1) var<storage, read> t177: array<f32>;
@group(0) @binding(2) var<storage, read> t175: array<f32>;
@group(0) @binding(3) var<storage, read_write> t748: array<f32>;
var<workgroup> partial0: array<f32, 2>;
@compute @workgroup_size(2, 1, 1)
fn k159_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 2i; col += 2i) {
    let l727: f32 = t726[row * 2i + col];
    let l177: f32 = t177[row * 2i + col];
    let v745: f32 = l727 * l177;
    let l176: f32 = t175[row];
    let v746: f32 = v745 / l176;
    let v747: f32 = -v746;
    acc0_0 += v747;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  if (lid == 0i) {
    t748[row] = r0_0;
  }
}
