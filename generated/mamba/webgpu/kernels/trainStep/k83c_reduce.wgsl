// kernel k83c_reduce
@group(0) @binding(0) var<storage, read> t470: array<f32>;
@group(0) @binding(1) var<storage, read> t468: array<f32>;
@group(0) @binding(2) var<storage, read> t475: array<f32>;
@group(0) @binding(3) var<storage, read> t479: array<f32>;
@group(0) @binding(4) var<storage, read> t483: array<f32>;
@group(0) @binding(5) var<storage, read> t487: array<f32>;
@group(0) @binding(6) var<storage, read> t491: array<f32>;
@group(0) @binding(7) var<storage, read_write> t493: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k83c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x470: f32 = t470[col];
    acc0_0 += x470;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  if (lid == 0i) {
    let l469: f32 = t468[0i];
    let v473: f32 = l469 + r0_0;
    let l476: f32 = t475[0i];
    let v477: f32 = v473 + l476;
    let l480: f32 = t479[0i];
    let v481: f32 = v477 + l480;
    let l484: f32 = t483[0i];
    let v485: f32 = v481 + l484;
    let l488: f32 = t487[0i];
    let v489: f32 = v485 + l488;
    let l492: f32 = t491[0i];
    let v493: f32 = v489 + l492;
    t493[0i] = v493;
  }
}
